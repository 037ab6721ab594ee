package org.acorn.directory.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The UUIDs the API speaks in. */
final class Ids {

    private static final Pattern CANONICAL = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() { }

    /** Only the canonical 36-character form (UUID.fromString accepts odd forms like "1-1-1-1-1"). */
    static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) return Optional.empty();
        return Optional.of(UUID.fromString(text));
    }

    /**
     * A service location is both the HSDS service_at_location (its own UUID) and a location; the location's id
     * is derived from it by name (RFC 4122 version 3), so it is stable without a column of its own. Likewise its
     * address.
     */
    static String derived(String kind, String uuid) {
        return UUID.nameUUIDFromBytes((kind + "/" + uuid).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
