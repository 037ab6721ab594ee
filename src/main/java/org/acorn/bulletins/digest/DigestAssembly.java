package org.acorn.bulletins.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acorn.bulletins.audience.Topic;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateVisibility;

/**
 * One person's weekly digest from the week's updates: only topics they take weekly, only updates they may
 * read, grouped by topic in the topics' order, each group oldest first.
 */
public final class DigestAssembly {

    /** An update as the digest needs it. */
    public record Entry(Long id, UpdateKind kind, UpdateVisibility visibility, String title, String excerpt, String link,
                        Instant publishedAt) { }

    private DigestAssembly() { }

    public static Map<Topic, List<Entry>> assemble(Map<Topic, Topic.Mode> choices, Set<UpdateVisibility> mayRead, List<Entry> week) {
        Map<Topic, List<Entry>> out = new EnumMap<>(Topic.class);
        for (Entry e : week) {
            Topic t = Topic.of(e.kind());
            if (choices.getOrDefault(t, t.byDefault()) != Topic.Mode.WEEKLY) continue;
            if (!mayRead.contains(e.visibility())) continue;
            out.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Entry::publishedAt).thenComparing(Entry::id)));
        return out;
    }

    /**
     * One person's digest from their explicit choices (topics with no choice take the default) and their
     * organisation's contact preference: an organisation that asked for post or phone has its people emailed only
     * for topics they chose themselves.
     */
    public static Map<Topic, List<Entry>> forPerson(Map<Topic, Topic.Mode> explicit, String organisationPreference,
                                                    Set<UpdateVisibility> mayRead, List<Entry> week) {
        boolean emailByDefault = organisationPreference == null || "EMAIL".equals(organisationPreference);
        Map<Topic, Topic.Mode> choices = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            Topic.Mode m = explicit.get(t);
            choices.put(t, m != null ? m : emailByDefault ? t.byDefault() : Topic.Mode.NONE);
        }
        return assemble(choices, mayRead, week);
    }

    public static int count(Map<Topic, List<Entry>> digest) {
        return digest.values().stream().mapToInt(List::size).sum();
    }
}
