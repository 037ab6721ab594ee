package org.acorn.platform.cards;

import java.io.Serializable;

/**
 * A record someone linked to, shown as a small card beside their words: what it is, its name, a line about it.
 *
 * @param url site-relative address of the record's page
 */
public record RecordCard(String kind, Long id, String name, String detail, String url) implements Serializable {

    private static final int DETAIL = 160;

    public RecordCard {
        detail = detail == null ? "" : detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 1) + "…";
    }
}
