package org.acorn.bulletins;

import java.time.Instant;

/**
 * Something new a bulletin may carry, offered by a {@link BulletinItemSource}: its source and id (so it is picked
 * once), title, a plain-text summary, an absolute link, when it happened, and the section it goes under.
 */
public record ItemCandidate(String source, String id, String title, String summary, String link, Instant at, String section) {
    public String getSource() { return source; }
    public String getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getLink() { return link; }
    public Instant getAt() { return at; }
    public String getSection() { return section; }
    public String getKey() { return source + ":" + id; }
}
