package org.acorn.bulletins;

import java.time.Instant;
import java.util.List;

/**
 * What a feature implements (a CDI bean) to offer its new things to bulletins: updates, report-backs, meetings coming
 * up and approved minutes now; training and tenders when those features arrive. Bulletins never read a feature's tables.
 */
public interface BulletinItemSource {

    /** A short unique name ("update", "report-back"), stored with each picked item. */
    String name();

    /** What happened after {@code from} and up to {@code to} that members may read, oldest first. */
    List<ItemCandidate> since(Instant from, Instant to);

    /** Order among sources on the "what is new" list (lower first). */
    default int order() { return 100; }
}
