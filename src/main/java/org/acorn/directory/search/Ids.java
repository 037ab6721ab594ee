package org.acorn.directory.search;

import java.util.Optional;

/** Record ids as index events carry them (text); anything that is not one is no record. */
final class Ids {
    private Ids() { }

    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        return Optional.of(Long.parseLong(id));
    }
}
