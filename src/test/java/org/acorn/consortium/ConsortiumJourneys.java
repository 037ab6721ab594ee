package org.acorn.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acorn.testing.Browser;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The consortium's browser journey, run on the Forum model's deployment ({@code ForumModelIT}): an officer posts an opportunity, two
 * members express interest, the officer decides to bid, the lead partner works a document (check out, new version),
 * the bid is submitted and won, the officer allocates it, and a member sees their share. axe-core checks every page.
 */
final class ConsortiumJourneys {

    private final URL base;
    private final TestMail mail;

    ConsortiumJourneys(URL base, TestMail mail) {
        this.base = base;
        this.mail = mail;
    }

    void opportunityToShare() {
        try (Browser b = Browser.start(base)) {
            signIn(b, ConsortiumChecks.OFFICER);
            b.open("/consortium/opportunities.xhtml");
            b.type("post:title", "Osprey play in the parks").type("post:commissioner", "Harbourton City Council")
                    .type("post:description", "Summer play sessions in the city's parks.").type("post:value", "30000")
                    .select("post:contractModel", "Grant").type("post:interestDeadline", ConsortiumChecks.TODAY.plusDays(7).toString())
                    .type("post:submissionDeadline", ConsortiumChecks.TODAY.plusDays(20).toString()).click("post:save");
            assertThat(b.heading()).isEqualTo("Osprey play in the parks");
            String opportunity = b.driver().getCurrentUrl();
            mail.await(Demo.ORG_ADMIN, "Tender opportunity for", "Osprey play in the parks");
            signOut(b);

            interest(b, Demo.ORG_ADMIN, opportunity, "Osprey playworkers");
            interest(b, Demo.REPRESENTATIVE, opportunity, "Osprey inclusive play");

            signIn(b, ConsortiumChecks.OFFICER);
            b.open(opportunity);
            String lead = orgOffering(b, "Osprey playworkers");
            String partner = orgOffering(b, "Osprey inclusive play");
            b.select("decide:lead", lead);
            b.driver().findElements(By.cssSelector("#decide label")).stream().filter(l -> l.getText().equals(partner)).findFirst().orElseThrow().click();
            b.click("decide:bid");
            assertThat(b.heading()).startsWith("Bid workspace");
            String workspace = b.driver().getCurrentUrl();
            signOut(b);

            // the lead partner works the method statement: adds it, checks it out, checks a new version in
            signIn(b, Demo.ORG_ADMIN);
            b.open(workspace);
            b.type("newdoc:docTitle", "Method statement");
            b.driver().findElement(By.id("newdoc:newFile")).sendKeys(file("method.txt", "Our method, first draft.").toString());
            b.click("newdoc:save");
            b.clickCss("#docs input[value='Check out']");
            assertThat(b.text()).contains("checked out by Chris Lee");
            b.select("checkin:document", "Method statement");
            b.driver().findElement(By.id("checkin:file")).sendKeys(file("method-v2.txt", "Our method, agreed.").toString());
            b.type("checkin:note", "Agreed with the partner").click("checkin:save");
            assertThat(b.driver().findElements(By.cssSelector(".versions a")).get(0).getText()).isEqualTo("Version 2: method-v2.txt");
            signOut(b);

            // submitted and won; then allocated
            signIn(b, ConsortiumChecks.OFFICER);
            b.open(workspace);
            while (!b.driver().findElements(By.cssSelector("#checklist input[value=Tick]")).isEmpty()) b.clickCss("#checklist input[value=Tick]");
            b.click("outcome:submitted");
            b.type("outcome:feedback", "Well-costed and local.").click("outcome:won");
            assertThat(b.text()).contains("the contract is won");
            b.open(opportunity).click("contract-link");
            b.select("allocate:lot", "Lot 1: The whole contract").select("allocate:organisation", partner)
                    .type("allocate:area", "Eastern parks").type("allocate:clientGroup", "Disabled children and their siblings")
                    .type("allocate:volume", "24").type("allocate:volumeUnit", "sessions").type("allocate:value", "12000")
                    .type("allocate:rationale", "The only member offering inclusive play").type("allocate:agreedBy", "CIC board")
                    .type("allocate:agreedOn", ConsortiumChecks.TODAY.toString()).click("allocate:save");
            assertThat(b.driver().findElement(By.id("remaining")).getText()).isEqualTo("£18,000");
            String contract = b.driver().getCurrentUrl();
            signOut(b);

            signIn(b, Demo.REPRESENTATIVE);
            b.open(contract);
            WebElement share = b.driver().findElement(By.cssSelector("#allocations tr.mine"));
            assertThat(share.getText()).contains("(your share)").contains("£12,000").contains("24 sessions");
        }
    }

    private void interest(Browser b, String email, String opportunity, String service) {
        signIn(b, email);
        b.open(opportunity);
        b.select("interest:lot", "Lot 1: The whole contract").type("interest:service", service).type("interest:area", "City parks")
                .type("interest:volume", "20 sessions").click("interest:submit");
        assertThat(b.text()).contains("Your expression of interest is recorded");
        signOut(b);
    }

    private static String orgOffering(Browser b, String service) {
        List<WebElement> rows = b.driver().findElements(By.cssSelector("#interests tbody tr"));
        for (WebElement tr : rows) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            if (cells.get(2).getText().equals(service)) return cells.get(1).getText();
        }
        throw new AssertionError("nobody offered " + service);
    }

    private static void signIn(Browser b, String email) {
        b.open("/account/login.xhtml").type("login:email", email).type("login:password", Demo.PASSWORD).click("login:submit");
    }

    private static void signOut(Browser b) {
        b.click("logout:submit");
    }

    private static Path file(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("journey");
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
