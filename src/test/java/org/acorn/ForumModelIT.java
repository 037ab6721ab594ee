package org.acorn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.acorn.consortium.ConsortiumChecks;
import org.acorn.platform.PlatformChecks;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.TestMail;
import org.acorn.testing.WebClient;
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
 * The Forum model's portal (its demo, with the second theme): the platform as a visitor meets it, and the
 * consortium (a CIC) that only the Forum model's demo sets up, one after the other on one deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ForumModelIT {

    static final TestMail MAIL = new TestMail();
    /** Arquillian injects only the enclosing class's own tests, which JUnit runs before the nested classes. */
    static URL BASE;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the second theme, so the theme switch is exercised too; the consortium's passes every two seconds
        return AcornDeployment.war(MAIL.port(), Map.of("acorn.theme", "riverside", "acorn.demo", "forum",
                "acorn.consortium.pass.seconds", "2", "acorn.consortium.task.reminder.days", "2"));
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @Test
    void theForumDemoPortalAnswers() {
        BASE = base;
        WebClient.Page home = new WebClient(base, "203.0.113.1").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Harbourton VCS Children's Forum");
    }

    @Nested @Order(1) class Platform extends PlatformChecks { Platform() { super(BASE, MAIL); } }
    @Nested @Order(2) class Consortium extends ConsortiumChecks { Consortium() { super(BASE, MAIL); } }
}
