package org.acorn.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.Demo;
import org.acorn.testing.Representation;
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
 * Self-service accounts as a person meets them: creating an account, confirming the address, forgotten
 * and changed passwords, their own details and their signed-in browsers. Registration is limited to 3 per
 * address for this class, so every client below speaks from an address of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

    static final TestMail MAIL = new TestMail();
    static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    static final AtomicInteger PEOPLE = new AtomicInteger();
    static final String GOOD_PASSWORD = "kettle orchard bicycle";
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String SQL = "' OR 1=1 --";
    static final String HUGE = "ü🌰".repeat(2500);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the Network model's demo (accounts are the same in every model; its representation is checked below)
        return AcornDeployment.war(MAIL.port(), Map.of("acorn.throttle.register.per.address", "3", "acorn.demo", "network",
                "acorn.password.iterations", "600000"));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    // ---- registration and confirmation -------------------------------------------------------------

    @Test
    void registerThenConfirmTheAddressThenSignIn() {
        String email = newEmail("new");
        WebClient browser = client();
        Page answer = register(browser, "Robin Fletcher", email, GOOD_PASSWORD);
        assertThat(answer.path()).as(answer.text()).isEqualTo("/account/check-email.xhtml");
        assertThat(answer.doc().selectFirst("h1").text()).isEqualTo("Check your email");

        // not confirmed yet: the right password is not enough, and the page offers a new link
        Page early = attemptSignIn(browser, email, GOOD_PASSWORD);
        assertThat(early.path()).isEqualTo("/account/login.xhtml");
        assertThat(early.messages()).contains("confirm your email address first");
        assertThat(early.doc().select("a#resend-link[href$=/account/verify.xhtml]")).hasSize(1);

        TestMail.Received mail = MAIL.await(email, "Confirm your email address");
        assertThat(mail.body()).contains("Robin Fletcher");
        String link = linkIn(mail, "/account/verify.xhtml?token=");
        Page confirmed = browser.get(link);
        assertThat(confirmed.doc().selectFirst("h1").text()).isEqualTo("Your email address is confirmed");
        assertThat(confirmed.text()).contains("You can now sign in");

        // the link works once
        Page again = client().get(link);
        assertThat(again.doc().selectFirst("h1").text()).isEqualTo("This link cannot be used");
        assertThat(again.doc().getElementById("link-problem").text()).contains("already been used");
        assertThat(again.doc().getElementById("resend")).as("offers a new link").isNotNull();

        Page signedIn = Demo.signIn(browser, email, GOOD_PASSWORD);
        assertThat(signedIn.text()).contains("Robin Fletcher");
        Page profile = browser.get("/account/profile.xhtml");
        assertThat(profile.doc().getElementById("email").text()).isEqualTo(email);
        assertThat(profile.doc().getElementById("organisation").text()).as("no organisation").isEqualTo("None");
        assertThat(profile.doc().getElementById("roles").text()).as("no roles").startsWith("None yet");
    }

    @Test
    void registeringAnAddressTwiceLooksTheSameButMailsTheOwnerInsteadOfMakingASecondAccount() {
        String email = newEmail("twice");
        Page first = register(client(), "First Person", email, GOOD_PASSWORD);
        String confirmLink = linkIn(MAIL.await(email, "Confirm your email address"), "/account/verify.xhtml?token=");
        Page second = register(client(), "Second Person", email.toUpperCase(), "another long passphrase");

        assertThat(second.path()).isEqualTo(first.path());
        assertThat(second.doc().selectFirst("main").text()).isEqualTo(first.doc().selectFirst("main").text());

        TestMail.Received exists = MAIL.await(email, "already have an account");
        assertThat(exists.body()).contains("You already have an account", "/account/login.xhtml", "/account/forgot.xhtml")
                .doesNotContain("token=");
        List<String> subjects = subjectsTo(email, 2);
        assertThat(subjects).hasSize(2);
        assertThat(subjects.stream().filter(s -> s.contains("Confirm your email"))).hasSize(1);

        // one account, the first one: its password signs in, the second never does
        client().get(confirmLink);
        Page wrong = attemptSignIn(client(), email, "another long passphrase");
        assertThat(wrong.messages()).contains("do not match an account");
        Page signedIn = Demo.signIn(client(), email, GOOD_PASSWORD);
        assertThat(signedIn.text()).contains("First Person").doesNotContain("Second Person");
    }

    @Test
    void badRegistrationsAreRefusedNextToTheFieldAndNothingIsCreated() {
        WebClient browser = client();
        String email = newEmail("bad");

        Page empty = register(browser, "", "", "", "");
        assertThat(empty.fieldError("register:displayName")).contains("please fill this in");
        assertThat(empty.fieldError("register:email")).contains("please fill this in");
        assertThat(empty.fieldError("register:password")).contains("please fill this in");

        Page huge = register(browser, HUGE, HUGE + "@example.org", HUGE, HUGE);
        assertThat(huge.fieldError("register:displayName")).contains("at most 120 characters");
        assertThat(huge.fieldError("register:email")).contains("at most 254 characters");
        assertThat(huge.fieldError("register:password")).contains("at most 200 characters");

        assertThat(register(browser, "Pat", "not-an-email", GOOD_PASSWORD).fieldError("register:email"))
                .contains("like name@example.org");
        assertThat(register(browser, "Pat", SQL, GOOD_PASSWORD).fieldError("register:email"))
                .contains("like name@example.org");
        assertThat(register(browser, "Pat", email, "short").fieldError("register:password")).contains("at least 10");
        assertThat(register(browser, "Pat", email, "Password123").fieldError("register:password")).contains("most common");
        assertThat(register(browser, "Pat", email, email).fieldError("register:password")).contains("your email address");
        Page mismatch = register(browser, "Pat", email, GOOD_PASSWORD, GOOD_PASSWORD + "x");
        assertThat(mismatch.fieldError("register:confirm")).contains("two passwords are different");
        assertThat(mismatch.path()).isEqualTo("/account/register.xhtml");
        // what was typed comes back escaped, never as markup; passwords never come back
        Page hostile = register(browser, HOSTILE, email, "short");
        assertThat(hostile.doc().getElementById("register:displayName").val()).isEqualTo(HOSTILE);
        assertThat(hostile.doc().select("script").stream().map(Element::data)).noneMatch(s -> s.contains("alert(1)"));
        assertThat(hostile.doc().getElementById("register:password").val()).isEmpty();

        sleepForMail();
        assertThat(MAIL.to(email)).as("nothing was created, so nothing was sent").isEmpty();
        assertThat(attemptSignIn(browser, email, GOOD_PASSWORD).messages()).contains("do not match an account");
    }

    @Test
    void registrationIsThrottledPerClientAddress() {
        WebClient busy = client();
        for (int i = 0; i < 3; i++) {
            assertThat(register(busy, "Person " + i, newEmail("busy"), GOOD_PASSWORD).path())
                    .isEqualTo("/account/check-email.xhtml");
        }
        String fourth = newEmail("busy");
        Page refused = register(busy, "Person 4", fourth, GOOD_PASSWORD);
        assertThat(refused.path()).isEqualTo("/account/register.xhtml");
        assertThat(refused.messages()).contains("please wait 15 minutes");
        sleepForMail();
        assertThat(MAIL.to(fourth)).isEmpty();
        // someone on another connection is not held up
        assertThat(register(client(), "Person 4", fourth, GOOD_PASSWORD).path()).isEqualTo("/account/check-email.xhtml");
        MAIL.await(fourth, "Confirm your email address");
    }

    @Test
    void brokenConfirmationLinksGetAClearPageAndAWayToAskAgain() {
        WebClient browser = client();
        for (String token : List.of("abc", "A".repeat(43), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(1000), "")) {
            Page page = browser.get("/account/verify.xhtml?token=" + token);
            assertThat(page.status()).as(token).isEqualTo(200);
            assertThat(page.doc().selectFirst("h1").text()).as(token).isEqualTo("This link cannot be used");
            assertThat(page.doc().getElementById("link-problem").text()).contains("do not recognise this link");
            assertThat(page.doc().select("script").stream().map(Element::data)).noneMatch(s -> s.contains("alert(1)"));
        }

        // an address still waiting for confirmation gets a new, working link; the answer is the same for anyone
        String waiting = newEmail("waiting");
        register(client(), "Sam Waiting", waiting, GOOD_PASSWORD);
        MAIL.await(waiting, "Confirm your email address");
        browser.get("/account/verify.xhtml");
        Page asked = browser.submit("resend", Map.of("resend:email", waiting), "resend:submit");
        browser.get("/account/verify.xhtml");
        Page unknown = browser.submit("resend", Map.of("resend:email", newEmail("nobody")), "resend:submit");
        assertThat(asked.path()).isEqualTo("/account/check-email.xhtml");
        assertThat(unknown.doc().selectFirst("main").text()).isEqualTo(asked.doc().selectFirst("main").text());
        List<String> subjects = subjectsTo(waiting, 2);
        assertThat(subjects).allMatch(s -> s.contains("Confirm your email address"));
        String newest = linkIn(latest(waiting), "/account/verify.xhtml?token=");
        assertThat(browser.get(newest).doc().selectFirst("h1").text()).isEqualTo("Your email address is confirmed");

        browser.get("/account/verify.xhtml");
        assertThat(browser.submit("resend", Map.of("resend:email", SQL), "resend:submit").fieldError("resend:email"))
                .contains("like name@example.org");
        assertThat(browser.submit("resend", Map.of("resend:email", ""), "resend:submit").fieldError("resend:email"))
                .contains("please fill this in");
    }

    // ---- forgotten password ------------------------------------------------------------------------

    @Test
    void forgottenPasswordLinkResetsItAndSignsOutEveryOtherBrowser() {
        String email = newEmail("forgot");
        registerAndConfirm("Alex Forgetful", email, GOOD_PASSWORD);
        WebClient elsewhere = client();
        Demo.signIn(elsewhere, email, GOOD_PASSWORD);
        assertThat(elsewhere.get("/account/profile.xhtml").path()).isEqualTo("/account/profile.xhtml");

        WebClient browser = client();
        Page first = askForReset(browser, email);
        assertThat(first.path()).isEqualTo("/account/check-email.xhtml");
        String olderLink = linkIn(MAIL.await(email, "Reset your password"), "/account/reset.xhtml?token=");
        askForReset(browser, email);
        String link = linkIn(latestWithSubject(email, "Reset your password", 2), "/account/reset.xhtml?token=");
        assertThat(link).isNotEqualTo(olderLink);

        Page form = browser.get(link);
        assertThat(form.doc().selectFirst("h1").text()).isEqualTo("Choose a new password");
        Page weak = browser.submit("reset", Map.of("reset:password", "qwertyuiop", "reset:confirm", "qwertyuiop"), "reset:submit");
        assertThat(weak.fieldError("reset:password")).contains("most common");
        Page mismatch = browser.submit("reset", Map.of("reset:password", "new pass phrase one", "reset:confirm", "other"),
                "reset:submit");
        assertThat(mismatch.fieldError("reset:confirm")).contains("different");
        Page huge = browser.submit("reset", Map.of("reset:password", HUGE, "reset:confirm", HUGE), "reset:submit");
        assertThat(huge.fieldError("reset:password")).contains("at most 200");
        Page done = browser.submit("reset", Map.of("reset:password", "new pass phrase one", "reset:confirm",
                "new pass phrase one"), "reset:submit");
        assertThat(done.path()).isEqualTo("/account/login.xhtml");
        assertThat(done.messages()).contains("sign in with your new password");

        assertThat(attemptSignIn(client(), email, GOOD_PASSWORD).messages()).contains("do not match an account");
        Demo.signIn(client(), email, "new pass phrase one");
        assertThat(elsewhere.get("/account/profile.xhtml").path()).as("the other browser is signed out")
                .isEqualTo("/account/login.xhtml");

        // each link once, and the older link died with the reset
        assertThat(client().get(link).doc().getElementById("link-problem").text()).contains("already been used");
        assertThat(client().get(olderLink).doc().getElementById("link-problem").text()).contains("already been used");
        assertThat(client().get(olderLink).doc().getElementById("reset")).isNull();
        MAIL.await(email, "was changed");
    }

    @Test
    void forgottenPasswordAnswersTheSameForAnUnknownAddressAndSendsNothing() {
        String known = newEmail("known");
        registerAndConfirm("Kim Known", known, GOOD_PASSWORD);
        String unknown = newEmail("unknown");
        Page forKnown = askForReset(client(), known);
        Page forUnknown = askForReset(client(), unknown);
        assertThat(forUnknown.path()).isEqualTo(forKnown.path()).isEqualTo("/account/check-email.xhtml");
        assertThat(forUnknown.uri().getQuery()).isEqualTo(forKnown.uri().getQuery());
        assertThat(forUnknown.doc().selectFirst("main").text()).isEqualTo(forKnown.doc().selectFirst("main").text());
        MAIL.await(known, "Reset your password");
        sleepForMail();
        assertThat(MAIL.to(unknown)).isEmpty();

        WebClient browser = client();
        browser.get("/account/forgot.xhtml");
        assertThat(browser.submit("forgot", Map.of("forgot:email", ""), "forgot:submit").fieldError("forgot:email"))
                .contains("please fill this in");
        assertThat(browser.submit("forgot", Map.of("forgot:email", HOSTILE), "forgot:submit").fieldError("forgot:email"))
                .contains("like name@example.org");
        Page huge = browser.submit("forgot", Map.of("forgot:email", HUGE), "forgot:submit");
        assertThat(huge.fieldError("forgot:email")).contains("at most 254");
    }

    @Test
    void resetLinksForTheSameAddressAreThrottled() {
        String email = newEmail("many");
        registerAndConfirm("Mo Many", email, GOOD_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(askForReset(client(), email).path()).isEqualTo("/account/check-email.xhtml");
        }
        Page refused = askForReset(client(), email);
        assertThat(refused.path()).isEqualTo("/account/forgot.xhtml");
        assertThat(refused.messages()).contains("several reset links");
        assertThat(subjectsTo(email, 4).stream().filter(s -> s.contains("Reset your password"))).hasSize(3);
    }

    @Test
    void aResetLinkConfirmsAnAddressThatWasNeverConfirmed() {
        String email = newEmail("unconfirmed");
        register(client(), "Uma Unconfirmed", email, GOOD_PASSWORD);
        MAIL.await(email, "Confirm your email address");
        WebClient browser = client();
        askForReset(browser, email);
        browser.get(linkIn(MAIL.await(email, "Reset your password"), "/account/reset.xhtml?token="));
        Page done = browser.submit("reset", Map.of("reset:password", "fresh pass phrase", "reset:confirm",
                "fresh pass phrase"), "reset:submit");
        assertThat(done.messages()).contains("sign in with your new password");
        Demo.signIn(browser, email, "fresh pass phrase");
    }

    @Test
    void brokenResetLinksGetAClearPageWithoutAForm() {
        WebClient browser = client();
        for (String token : List.of("abc", "B".repeat(43), "%27%20OR%201%3D1%20--", "y".repeat(1000))) {
            Page page = browser.get("/account/reset.xhtml?token=" + token);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.doc().selectFirst("h1").text()).isEqualTo("This link cannot be used");
            assertThat(page.doc().getElementById("link-problem").text()).contains("do not recognise");
            assertThat(page.doc().getElementById("reset")).isNull();
            assertThat(page.doc().select("a[href$=/account/forgot.xhtml]")).isNotEmpty();
        }
        // a verify token is no reset token
        String email = newEmail("crossed");
        register(client(), "Cross Purposes", email, GOOD_PASSWORD);
        String verifyToken = MAIL.await(email, "Confirm your email address").link("token=").replaceAll(".*token=", "");
        assertThat(browser.get("/account/reset.xhtml?token=" + verifyToken).doc().getElementById("reset")).isNull();
    }

    // ---- signed in: password, details, browsers ----------------------------------------------------

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherBrowsersOnly() {
        String email = newEmail("change");
        registerAndConfirm("Cam Changer", email, GOOD_PASSWORD);
        WebClient here = client();
        WebClient there = client();
        Demo.signIn(here, email, GOOD_PASSWORD);
        Demo.signIn(there, email, GOOD_PASSWORD);

        here.get("/account/password.xhtml");
        Page wrong = here.submit("change", Map.of("change:current", "not my password", "change:password",
                "brand new phrase", "change:confirm", "brand new phrase"), "change:submit");
        assertThat(wrong.fieldError("change:current")).contains("not your current password");
        Page weak = here.submit("change", Map.of("change:current", GOOD_PASSWORD, "change:password", email,
                "change:confirm", email), "change:submit");
        assertThat(weak.fieldError("change:password")).contains("your email address");
        Page empty = here.submit("change", Map.of("change:current", "", "change:password", "", "change:confirm", ""),
                "change:submit");
        assertThat(empty.fieldError("change:current")).contains("please fill this in");
        Page mismatch = here.submit("change", Map.of("change:current", GOOD_PASSWORD, "change:password", "brand new phrase",
                "change:confirm", "brand new phrasE"), "change:submit");
        assertThat(mismatch.fieldError("change:confirm")).contains("different");
        assertThat(there.get("/account/profile.xhtml").path()).as("nothing changed yet").isEqualTo("/account/profile.xhtml");

        Page changed = here.submit("change", Map.of("change:current", GOOD_PASSWORD, "change:password", "brand new phrase",
                "change:confirm", "brand new phrase"), "change:submit");
        assertThat(changed.messages()).contains("Your password has been changed");
        assertThat(here.get("/account/profile.xhtml").path()).as("this browser stays signed in").isEqualTo("/account/profile.xhtml");
        assertThat(there.get("/account/profile.xhtml").path()).as("the other is signed out").isEqualTo("/account/login.xhtml");
        assertThat(MAIL.await(email, "was changed").body()).contains("If this wasn't you", "/account/forgot.xhtml");
        assertThat(attemptSignIn(client(), email, GOOD_PASSWORD).messages()).contains("do not match an account");
        Demo.signIn(client(), email, "brand new phrase");
    }

    @Test
    void wrongCurrentPasswordsCountAgainstTheSignInThrottle() {
        String email = newEmail("guess");
        registerAndConfirm("Gus Guesser", email, GOOD_PASSWORD);
        WebClient browser = client();
        Demo.signIn(browser, email, GOOD_PASSWORD);
        browser.get("/account/password.xhtml");
        for (int i = 0; i < 5; i++) {
            Page wrong = browser.submit("change", Map.of("change:current", "guess number " + i, "change:password",
                    "brand new phrase", "change:confirm", "brand new phrase"), "change:submit");
            assertThat(wrong.fieldError("change:current")).contains("not your current password");
        }
        Page throttled = browser.submit("change", Map.of("change:current", GOOD_PASSWORD, "change:password",
                "brand new phrase", "change:confirm", "brand new phrase"), "change:submit");
        assertThat(throttled.messages()).contains("Too many wrong passwords");
        assertThat(attemptSignIn(client(), email, GOOD_PASSWORD).messages()).as("sign-in is held too").contains("Too many attempts");
    }

    @Test
    void detailsCanBeEditedAndHostileOrOversizedInputIsHandled() {
        String email = newEmail("profile");
        registerAndConfirm("Pat Profile", email, GOOD_PASSWORD);
        WebClient browser = client();
        Demo.signIn(browser, email, GOOD_PASSWORD);
        Page page = browser.get("/account/profile.xhtml");
        assertThat(page.doc().select("nav.account-nav a[href$=/account/password.xhtml]")).hasSize(1);
        assertThat(page.doc().select("nav.account-nav a[href$=/account/sessions.xhtml]")).hasSize(1);

        Page saved = browser.submit("profile", Map.of("profile:displayName", HOSTILE, "profile:jobTitle", SQL,
                "profile:phone", "+44 (0)1234 567890"), "profile:submit");
        assertThat(saved.messages()).contains("Your details have been saved");
        assertThat(saved.doc().getElementById("profile:displayName").val()).isEqualTo(HOSTILE);
        assertThat(saved.doc().getElementById("profile:jobTitle").val()).isEqualTo(SQL);
        assertThat(saved.doc().getElementById("profile:phone").val()).isEqualTo("+44 (0)1234 567890");
        assertThat(saved.doc().selectFirst(".account-menu").text()).as("shown as text").contains(HOSTILE);
        assertThat(saved.doc().select("script").stream().map(Element::data)).noneMatch(s -> s.contains("alert(1)"));

        Page huge = browser.submit("profile", Map.of("profile:displayName", HUGE, "profile:jobTitle", HUGE,
                "profile:phone", HUGE), "profile:submit");
        assertThat(huge.fieldError("profile:displayName")).contains("at most 120");
        assertThat(huge.fieldError("profile:jobTitle")).contains("at most 120");
        assertThat(huge.fieldError("profile:phone")).contains("at most 40");
        Page empty = browser.submit("profile", Map.of("profile:displayName", "  ", "profile:jobTitle", "",
                "profile:phone", "<b>0123</b>"), "profile:submit");
        assertThat(empty.fieldError("profile:displayName")).contains("enter your name");
        assertThat(empty.fieldError("profile:phone")).contains("digits, spaces");
        Page control = browser.submit("profile", Map.of("profile:displayName", "Tab\tName", "profile:jobTitle", "",
                "profile:phone", ""), "profile:submit");
        assertThat(control.fieldError("profile:displayName")).contains("letters, numbers and punctuation");

        Page reloaded = browser.get("/account/profile.xhtml");
        assertThat(reloaded.doc().getElementById("profile:displayName").val()).as("nothing half-saved").isEqualTo(HOSTILE);
        assertThat(reloaded.doc().getElementById("profile:jobTitle").val()).isEqualTo(SQL);
        assertThat(reloaded.doc().getElementById("profile:phone").val()).isEqualTo("+44 (0)1234 567890");

        // optional fields can be emptied again
        Page cleared = browser.submit("profile", Map.of("profile:displayName", "Pat Profile", "profile:jobTitle", "",
                "profile:phone", ""), "profile:submit");
        assertThat(cleared.messages()).contains("saved");
        assertThat(cleared.doc().getElementById("profile:phone").val()).isEmpty();
    }

    @Test
    void aMemberSeesTheirOrganisationAndRoles() {
        WebClient browser = client();
        Demo.signIn(browser, Demo.REPRESENTATIVE);
        Page page = browser.get("/account/profile.xhtml");
        assertThat(page.doc().getElementById("email").text()).isEqualTo(Demo.REPRESENTATIVE);
        assertThat(page.doc().getElementById("organisation").text()).isNotBlank().isNotEqualTo("None");
        assertThat(page.doc().getElementById("roles").text()).contains("Member", "Organisation admin", "Representative");
    }

    @Test
    void signedInBrowsersAreListedAndCanBeEnded() {
        String email = newEmail("sessions");
        registerAndConfirm("Sol Sessions", email, GOOD_PASSWORD);
        WebClient here = client();
        WebClient phone = client();
        WebClient laptop = client();
        Demo.signIn(here, email, GOOD_PASSWORD);
        Demo.signIn(phone, email, GOOD_PASSWORD);
        Demo.signIn(laptop, email, GOOD_PASSWORD);

        Page list = here.get("/account/sessions.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.doc().select("#session-list tbody tr")).hasSize(3);
        assertThat(list.doc().select("#session-list tr.current")).hasSize(1);
        assertThat(list.doc().selectFirst("#session-list tr.current").text()).contains("(this browser)");
        assertThat(list.doc().select("#session-list tr.current form")).as("no End for this browser").isEmpty();
        assertThat(list.doc().select("#session-list tr.other form")).hasSize(2);

        Element firstOther = list.doc().selectFirst("#session-list tr.other form");
        Page ended = here.submit(firstOther.id(), Map.of(), firstOther.id() + ":submit");
        assertThat(ended.messages()).contains("That browser has been signed out");
        assertThat(ended.doc().select("#session-list tbody tr")).hasSize(2);
        int signedOut = (phone.get("/account/profile.xhtml").path().equals("/account/login.xhtml") ? 1 : 0)
                + (laptop.get("/account/profile.xhtml").path().equals("/account/login.xhtml") ? 1 : 0);
        assertThat(signedOut).as("exactly one of the other browsers was signed out").isEqualTo(1);

        // "Sign out everywhere else"
        Page all = here.submit("others", Map.of(), "others:submit");
        assertThat(all.messages()).contains("1 other browser has been signed out");
        assertThat(all.doc().select("#session-list tbody tr")).hasSize(1);
        assertThat(phone.get("/account/profile.xhtml").path()).isEqualTo("/account/login.xhtml");
        assertThat(laptop.get("/account/profile.xhtml").path()).isEqualTo("/account/login.xhtml");
        assertThat(here.get("/account/profile.xhtml").path()).isEqualTo("/account/profile.xhtml");
    }

    @Test
    void anotherAccountsSessionCannotBeEndedWithAForgedId() {
        String mine = newEmail("mine");
        String theirs = newEmail("theirs");
        registerAndConfirm("Mia Mine", mine, GOOD_PASSWORD);
        registerAndConfirm("Theo Theirs", theirs, GOOD_PASSWORD);
        WebClient me = client();
        WebClient myOther = client();
        WebClient them = client();
        WebClient theirOther = client();
        Demo.signIn(me, mine, GOOD_PASSWORD);
        Demo.signIn(myOther, mine, GOOD_PASSWORD);
        Demo.signIn(them, theirs, GOOD_PASSWORD);
        Demo.signIn(theirOther, theirs, GOOD_PASSWORD);
        // their session id, as their own page shows it to them
        String theirId = them.get("/account/sessions.xhtml").doc()
                .selectFirst("#session-list tr.other input[name=session]").val();

        Page list = me.get("/account/sessions.xhtml");
        Element form = list.doc().selectFirst("#session-list tr.other form");
        for (String forged : List.of(theirId, "0".repeat(32), HOSTILE, "")) {
            me.get("/account/sessions.xhtml");
            Page refused = me.submit(form.id(), Map.of("session", forged), form.id() + ":submit");
            assertThat(refused.messages()).as(forged).contains("not one of your signed-in browsers", "Nothing was changed");
            assertThat(refused.doc().select("#session-list tbody tr")).hasSize(2);
        }
        assertThat(theirOther.get("/account/profile.xhtml").path()).as("their browser is untouched")
                .isEqualTo("/account/profile.xhtml");
        assertThat(myOther.get("/account/profile.xhtml").path()).isEqualTo("/account/profile.xhtml");
    }

    @Test
    void accountPagesNeedSignInButTheOnesForVisitorsDoNot() {
        WebClient visitor = client();
        for (String page : List.of("profile", "password", "sessions")) {
            assertThat(visitor.get("/account/" + page + ".xhtml").path()).as(page).isEqualTo("/account/login.xhtml");
        }
        for (String page : List.of("register", "forgot", "verify", "check-email")) {
            Page open = visitor.get("/account/" + page + ".xhtml");
            assertThat(open.path()).as(page).isEqualTo("/account/" + page + ".xhtml");
            assertThat(open.status()).isEqualTo(200);
            assertThat(open.doc().select("main h1")).hasSize(1);
        }
        Page register = visitor.get("/account/register.xhtml");
        for (Element input : register.doc().select("form#register input[type=text], form#register input[type=email],"
                + " form#register input[type=password]")) {
            assertThat(register.doc().select("label[for=\"" + input.id() + "\"]")).as(input.id()).hasSize(1);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private WebClient client() {
        return new WebClient(base, "203.0.113." + ADDRESSES.incrementAndGet());
    }

    private static String newEmail(String what) {
        return what + "-" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@example.net";
    }

    private static Page register(WebClient browser, String name, String email, String password) {
        return register(browser, name, email, password, password);
    }

    private static Page register(WebClient browser, String name, String email, String password, String confirm) {
        browser.get("/account/register.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register:displayName", name);
        fields.put("register:email", email);
        fields.put("register:password", password);
        fields.put("register:confirm", confirm);
        return browser.submit("register", fields, "register:submit");
    }

    private void registerAndConfirm(String name, String email, String password) {
        WebClient browser = client();
        assertThat(register(browser, name, email, password).path()).isEqualTo("/account/check-email.xhtml");
        Page confirmed = browser.get(linkIn(MAIL.await(email, "Confirm your email address"), "/account/verify.xhtml?token="));
        assertThat(confirmed.doc().selectFirst("h1").text()).isEqualTo("Your email address is confirmed");
    }

    /**
     * The link in the mail, as a path on the server under test: mail links start with acorn.base.url, which
     * a test deployment cannot know (its port is chosen at start-up).
     */
    private static String linkIn(TestMail.Received mail, String fragment) {
        return mail.link(fragment);
    }

    private static Page attemptSignIn(WebClient browser, String email, String password) {
        browser.get("/account/login.xhtml");
        return browser.submit("login", Map.of("login:email", email, "login:password", password), "login:submit");
    }

    private static Page askForReset(WebClient browser, String email) {
        browser.get("/account/forgot.xhtml");
        return browser.submit("forgot", Map.of("forgot:email", email), "forgot:submit");
    }

    /** Subjects of the mail to the address, once at least {@code atLeast} have arrived (or 30 s passed). */
    private static List<String> subjectsTo(String address, int atLeast) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (MAIL.to(address).size() < atLeast && System.currentTimeMillis() < deadline) pause(200);
        return MAIL.to(address).stream().map(AccountsIT::subject).toList();
    }

    private static TestMail.Received latest(String address) {
        List<MimeMessage> all = MAIL.to(address);
        MimeMessage last = all.get(all.size() - 1);
        return new TestMail.Received(subject(last), body(last), last);
    }

    private static TestMail.Received latestWithSubject(String address, String subject, int count) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> matching = MAIL.to(address).stream().filter(m -> subject(m).contains(subject)).toList();
            if (matching.size() >= count) {
                MimeMessage last = matching.get(count - 1);
                return new TestMail.Received(subject(last), body(last), last);
            }
            pause(200);
        }
        throw new AssertionError("fewer than " + count + " mails '" + subject + "' to " + address);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
    }

    /** Long enough for the outbox (polled every 300 ms in tests) to have sent anything that was queued. */
    private static void sleepForMail() {
        pause(2_500);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theNetworkModelsForumIsInItsDemo() {
        // districts without locality forums (those are the Group's); the management group talks in its own category
        org.acorn.testing.Forums.checkDemo(base, List.of("Safeguarding", "Early years"), "Management Group");
    }

    @Test
    void theNetworkModelsRepresentationIsInItsDemo() {
        WebClient visitor = new WebClient(base, "198.51.100.60");
        Representation.body(visitor, "Management Group");
        // a county-wide Management Group elected by single transferable vote
        Page result = Representation.countedElection(visitor, "Management Group election");
        assertThat(result.doc().select("pre.count-report").text()).containsIgnoringCase("quota");
        // actual costs under a budget that goes largely unused: visible to the co-ordinator
        WebClient coordinator = new WebClient(base, "198.51.100.61");
        Demo.signIn(coordinator, Demo.COORDINATOR);
        Page payments = coordinator.get("/admin/payments.xhtml");
        assertThat(payments.doc().select("#budgets tbody tr")).isNotEmpty();
        assertThat(payments.doc().select("#budgets td.used").eachText()).anyMatch(used -> used.matches("\\d{1,2}(\\.\\d+)?%"));
    }
}
