package org.acorn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acorn.testing.AcornDeployment;
import org.acorn.testing.WebClient;
import org.acorn.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A production first start: no demo data, no SMTP server (mail is written to the data folder), and the first
 * site administrator bootstrapped from ACORN_ADMIN_EMAIL choosing a password through the emailed link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionStartIT {

    static final Path DATA = AcornDeployment.newDataDir();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AcornDeployment.war(0, Map.of("acorn.demo", "none", "acorn.admin.email", "Chair@Example.org",
                "acorn.smtp.host", "", "acorn.data.dir", DATA.toString()));
    }

    @Test
    void firstAdministratorSetsAPasswordFromTheMailWrittenToTheDataFolder() throws IOException {
        WebClient client = new WebClient(base, "192.0.2.50");
        Page home = client.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("0 member organisations");

        String mail = awaitMailFile();
        Matcher link = Pattern.compile("http://\\S+/account/reset\\.xhtml\\?token=[A-Za-z0-9_-]{43}").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String path = link.group().replaceFirst("http://[^/]+", "");

        client.get(path);
        Page done = client.submit("reset", Map.of("reset:password", "a long new passphrase 42",
                "reset:confirm", "a long new passphrase 42"), "reset:submit");
        assertThat(done.text()).containsIgnoringCase("sign in");

        client.get("/account/login.xhtml");
        Page in = client.submit("login", Map.of("login:email", "chair@example.org",
                "login:password", "a long new passphrase 42"), "login:submit");
        assertThat(in.doc().select("nav a[href$=/admin/index.xhtml]")).hasSize(1);
        assertThat(client.get("/admin/index.xhtml").doc().select("main a[href$=/admin/accounts.xhtml]")).hasSize(1);
    }

    private static String awaitMailFile() throws IOException {
        Path folder = DATA.resolve("mail");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> eml = files.filter(p -> p.toString().endsWith(".eml")).toList();
                    if (!eml.isEmpty()) {
                        String raw = Files.readString(eml.get(0), StandardCharsets.UTF_8);
                        return raw.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
                    }
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no .eml written to " + folder);
    }
}
