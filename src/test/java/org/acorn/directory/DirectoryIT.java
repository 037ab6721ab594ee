package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.Demo;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory's records through the real pages: who sees which fields, editing profiles and services
 * (own admin and staff on behalf), conflicts, change history, taxonomy administration and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryIT {

    static final TestMail MAIL = new TestMail();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AcornDeployment.war(MAIL.port());
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    /** The organisation the demo org admin (and the demo member) belong to: its name and id. */
    record Org(String name, long id) { }

    Org ownOrganisation(WebClient orgAdmin) {
        Page details = orgAdmin.get("/organisation/details.xhtml");
        String name = details.doc().selectFirst("h1").text().replaceFirst("^Our organisation: ", "");
        Page members = orgAdmin.get("/members.xhtml");
        Element link = members.doc().select(".member-list a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not on the members page"));
        return new Org(name, Long.parseLong(link.attr("href").replaceFirst(".*id=", "")));
    }

    static WebClient signedIn(URL base, String email, String address) {
        WebClient client = new WebClient(base, address);
        Demo.signIn(client, email);
        return client;
    }

    @Test
    void profileFieldsAreShownByAudienceAndTheSafeguardingLeadNeverToVisitorsOrPlainMembers() {
        WebClient orgAdmin = signedIn(base, Demo.ORG_ADMIN, "203.0.113.40");
        Org org = ownOrganisation(orgAdmin);
        orgAdmin.get("/organisation/details.xhtml");
        Page saved = orgAdmin.submit("org", Map.of("org:safeguardingLead", "Robin Safeguard", "org:volunteers", "17",
                "org:policies:0:policy", "on", "org:otherPolicies", "Forest school; risk assessments",
                "org:postalAddress", "1 Chapel Row, Dalesborough", "org:contactPhone", "01234 567890"), "org:submit");
        assertThat(saved.messages()).as(saved.text()).contains("details are saved");
        assertThat(saved.doc().selectFirst("[name=org:otherPolicies]").val()).isEqualTo("Forest school, risk assessments");

        String path = "/directory/organisation.xhtml?id=" + org.id();
        Page asVisitor = new WebClient(base, "203.0.113.41").get(path);
        assertThat(asVisitor.status()).isEqualTo(200);
        assertThat(asVisitor.doc().selectFirst("h1").text()).isEqualTo(org.name());
        assertThat(asVisitor.text()).contains("Last verified").doesNotContain("Robin Safeguard", "Forest school");
        assertThat(asVisitor.doc().select("#member-fields, #staff-fields")).isEmpty();

        Page asMember = signedIn(base, Demo.MEMBER, "203.0.113.42").get(path);
        assertThat(asMember.doc().select("#member-fields").text()).contains("17", "Safeguarding children", "Forest school");
        assertThat(asMember.text()).doesNotContain("Robin Safeguard");
        assertThat(asMember.doc().select("#staff-fields")).isEmpty();

        Page asStaff = signedIn(base, Demo.COORDINATOR, "203.0.113.43").get(path);
        assertThat(asStaff.doc().select("#safeguarding-lead").text()).isEqualTo("Robin Safeguard");
        assertThat(orgAdmin.get(path).doc().select("#safeguarding-lead").text()).isEqualTo("Robin Safeguard");

        WebClient visitor = new WebClient(base, "203.0.113.44");
        assertThat(visitor.get("/directory/organisation.xhtml?id=999999").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/organisation.xhtml?id=../../etc/passwd").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/organisation.xhtml").status()).isEqualTo(404);
        assertThat(visitor.get("/directory/service.xhtml?id=abc").status()).isEqualTo(404);
    }
}
