package org.acorn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that Maven packaged (target/acorn.war), unchanged but for its configuration defaults: each
 * deployment gets its own data folder, its own fresh database and the test's SMTP server.
 */
public final class AcornDeployment {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private AcornDeployment() { }

    /** @param smtpPort the GreenMail port this test class listens on */
    public static WebArchive war(int smtpPort, Map<String, String> overrides) {
        Path warFile = Path.of(System.getProperty("acorn.war", "target/acorn.war"));
        if (!Files.exists(warFile)) {
            throw new IllegalStateException(warFile + " missing: integration tests run after `mvn package`");
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "acorn.war").importFrom(warFile.toFile()).as(WebArchive.class);
        Path dir = newDataDir();
        TestDatabase db = TestDatabase.fresh(dir);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("acorn.data.dir", dir.toString());
        config.put("acorn.db.url", db.url());
        config.put("acorn.db.user", db.user());
        config.put("acorn.db.password", db.password());
        config.put("acorn.smtp.host", "127.0.0.1");
        config.put("acorn.smtp.port", String.valueOf(smtpPort));
        // tests speak as different client addresses through X-Forwarded-For from this machine as the "proxy":
        // Payara Micro may publish its URL on a non-loopback address, so all of this machine's addresses count
        config.put("acorn.trusted.proxies", localAddresses());
        config.put("acorn.outbox.poll.millis", "300");
        // a cheaper password hash: tests sign in hundreds of times (AccountsIT keeps the production count)
        config.put("acorn.password.iterations", "1000");
        config.putAll(overrides);
        war.delete(CONFIG);
        war.addAsWebInfResource(new StringAsset(merged(war, config)), "classes/META-INF/microprofile-config.properties");
        return war;
    }

    /**
     * The same WAR with a clock the test can move forward while it runs (GET /testing/clock?shift=PT2H; PT0S puts it
     * back): for schedules that depend on time passing. Test-only classes; never in the packaged WAR.
     */
    public static WebArchive withShiftableClock(WebArchive war) {
        return war.addClasses(ShiftedClock.class, ClockServlet.class);
    }

    /** A fresh folder under target/it for one deployment's data. */
    public static Path newDataDir() {
        Path dir = Path.of(System.getProperty("acorn.it.dir", "target/it"), UUID.randomUUID().toString()).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WebArchive war(int smtpPort) {
        return war(smtpPort, Map.of());
    }

    /** Loopback plus every address of this machine's interfaces, as the server sees a peer (no scope id). */
    static String localAddresses() {
        java.util.Set<String> addresses = new java.util.LinkedHashSet<>(java.util.List.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
        try {
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (java.net.InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    String host = a.getHostAddress();
                    int scope = host.indexOf('%');
                    addresses.add(scope < 0 ? host : host.substring(0, scope));
                }
            }
        } catch (java.net.SocketException e) {
            // loopback alone then
        }
        return String.join(",", addresses);
    }

    private static String merged(WebArchive war, Map<String, String> config) {
        StringBuilder out = new StringBuilder();
        try (InputStream in = AcornDeployment.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append("# test overrides\n");
        config.forEach((k, v) -> out.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        return out.toString();
    }
}
