package org.acorn.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in work leases (outbox messages, bulletin addressing). It stays the same when the same
 * installation (host and data folder) starts again, so a node back from a crash takes up at once the work it held
 * when it died instead of waiting for those leases to run out. Two live nodes never share a data folder (it holds
 * each node's search index), so they never share a name. ACORN_NODE_NAME overrides it.
 */
@ApplicationScoped
public class NodeName {

    @Inject @ConfigProperty(name = "acorn.node.name") Optional<String> configured;
    @Inject Settings settings;

    private String name;

    @PostConstruct
    void init() {
        name = configured.map(String::strip).filter(n -> !n.isEmpty()).map(n -> n.length() > 64 ? n.substring(0, 64) : n)
                .orElseGet(() -> of(host(), settings.dataDir().toString()));
    }

    /** At most 64 characters, as the lease columns hold. */
    static String of(String host, String dataDir) {
        String h = host.length() > 40 ? host.substring(0, 40) : host;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dataDir.getBytes(StandardCharsets.UTF_8));
            return h + "/" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    public String get() { return name; }
}
