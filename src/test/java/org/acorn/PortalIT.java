package org.acorn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.acorn.admin.AdministrationChecks;
import org.acorn.directory.DirectoryChecks;
import org.acorn.directory.MembershipChecks;
import org.acorn.directory.openreferral.OpenReferralChecks;
import org.acorn.forum.ForumChecks;
import org.acorn.governance.RepresentationChecks;
import org.acorn.meetings.MeetingsChecks;
import org.acorn.search.SearchChecks;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
import org.acorn.training.TrainingChecks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The features whose checks need nothing but the Group demo (and settings that do not touch each other), run one after another on one portal: a deployment
 * costs most of a minute of start-up, twice over in CI (H2, then MariaDB). Features that need a clock moved, another
 * demo or other settings keep deployments of their own. Each feature's checks live beside it ({@code *Checks}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class PortalIT {

    static final TestMail MAIL = new TestMail();
    /** Arquillian injects only the enclosing class's own tests, which JUnit runs before the nested classes. */
    static URL BASE;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // small upload limits, so the checks can pass them without megabytes of test data
        // and training's settings (its offers and passes in seconds, a clock it can move) last of all
        return AcornDeployment.withShiftableClock(AcornDeployment.war(MAIL.port(), Map.of("acorn.meetings.paper.max.kb", "64",
                "acorn.openreferral.import.max.kb", "200", "acorn.training.pass.seconds", "2", "acorn.training.offer.hours", "1",
                "acorn.throttle.certificate-check.per.address", "12")));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void theGroupDemoPortalAnswers() {
        BASE = base;
        WebClient.Page home = new WebClient(base, "203.0.113.1").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Sign in");
    }

    @Nested @Order(1) class Directory extends DirectoryChecks { Directory() { super(BASE, MAIL); } }
    @Nested @Order(2) class Membership extends MembershipChecks { Membership() { super(BASE, MAIL); } }
    @Nested @Order(3) class OpenReferral extends OpenReferralChecks { OpenReferral() { super(BASE, MAIL); } }
    @Nested @Order(4) class Search extends SearchChecks { Search() { super(BASE, MAIL); } }
    @Nested @Order(5) class Administration extends AdministrationChecks { Administration() { super(BASE, MAIL); } }
    @Nested @Order(6) class Representation extends RepresentationChecks { Representation() { super(BASE, MAIL); } }
    @Nested @Order(7) class Meetings extends MeetingsChecks { Meetings() { super(BASE, MAIL); } }
    @Nested @Order(8) class Forum extends ForumChecks { Forum() { super(BASE, MAIL); } }
    /** Last: it moves the portal's clock (and puts it back). */
    @Nested @Order(9) class Training extends TrainingChecks { Training() { super(BASE, MAIL); } }
}
