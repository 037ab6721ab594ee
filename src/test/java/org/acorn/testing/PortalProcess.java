package org.acorn.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The packaged portal (target/acorn.war on Payara Micro) as a process of its own, configured through ACORN_*
 * environment variables as in production: for tests that must kill it outright (SIGKILL) and start it again.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final URL base;

    private PortalProcess(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the portal and waits until it is ready (migrations applied) and signs in (demo loaded). */
    public static PortalProcess start(Path log, Map<String, String> env) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as Arquillian starts Payara for the tests (arquillian.xml): the quick compiler only
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("acorn.war", "target/acorn.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--prebootcommandfile", System.getProperty("acorn.preboot", "docker/payara-preboot.txt")));
        pb.environment().putAll(env);
        pb.environment().put("ACORN_BASE_URL", "http://127.0.0.1:" + port);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        PortalProcess portal = new PortalProcess(pb.start(), URI.create("http://127.0.0.1:" + port + "/").toURL());
        try {
            portal.awaitReady(log);
        } catch (RuntimeException | InterruptedException e) {
            portal.kill(); // a portal that never came up must not outlive the test
            throw e;
        }
        return portal;
    }

    public URL base() { return base; }

    /** SIGKILL: no shutdown hooks, no @PreDestroy, leases left as they are. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("the portal stopped while starting; see " + log);
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(base.toURI().resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) return;
            } catch (IOException | java.net.URISyntaxException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal was not ready within 4 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
