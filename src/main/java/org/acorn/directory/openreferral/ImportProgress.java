package org.acorn.directory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running import has got, by the random key its page holds, so the page can show progress while
 * the upload's request is still working. Kept on this node, in memory: the page asks the node it uploaded to.
 */
@ApplicationScoped
public class ImportProgress {

    /** An import's stages, in order, as a person reads them. */
    public enum Stage {
        READING("Reading the file"), TERMS("Matching taxonomy terms"), ORGANISATIONS("Matching organisations"),
        SERVICES("Matching services"), SAVING("Saving"), FINISHED("Finished");

        private final String label;
        Stage(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** Told of each step; {@code total} is 0 where a stage has no count. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (stage, done, total) -> { };
        void at(Stage stage, int done, int total);
    }

    public record Status(Stage stage, int done, int total, Instant at) { }

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, Status> byKey = new ConcurrentHashMap<>();
    @Inject Clock clock;

    /** A listener that records under {@code key}; forgets statuses no one has updated for an hour. */
    public Listener track(String key) {
        Instant now = clock.instant();
        byKey.values().removeIf(s -> s.at().isBefore(now.minus(KEPT)));
        return (stage, done, total) -> byKey.put(key, new Status(stage, done, total, clock.instant()));
    }

    public Optional<Status> of(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }
}
