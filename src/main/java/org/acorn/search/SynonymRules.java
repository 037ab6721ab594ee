package org.acorn.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator may enter as a synonym group: two or more words or phrases separated by commas,
 * written as people type them. Normalised to lower case with single spaces, so "SEND ,  Special needs" and
 * "send, special needs" are the same group.
 */
final class SynonymRules {

    static final int MAX_LENGTH = 300;
    static final int MAX_TERM = 60;
    static final int MAX_TERMS = 10;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} '’\\-,]+");

    /** The group as stored, or the reason it cannot be. */
    record Checked(String words, String error) {
        boolean ok() { return error == null; }
    }

    private SynonymRules() { }

    static Checked check(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) return refused("Enter two or more words or phrases, separated by commas.");
        if (text.length() > MAX_LENGTH) return refused("Keep a group under " + MAX_LENGTH + " characters.");
        if (!ALLOWED.matcher(text).matches()) {
            return refused("Use only letters, numbers, spaces, hyphens and apostrophes, with commas between the terms.");
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String t : text.split(",")) {
            String term = t.strip();
            if (!term.isEmpty()) terms.add(term);
        }
        if (terms.size() < 2) return refused("Enter two or more different words or phrases, separated by commas.");
        if (terms.size() > MAX_TERMS) return refused("Keep a group to " + MAX_TERMS + " terms or fewer.");
        if (terms.stream().anyMatch(t -> t.length() > MAX_TERM)) {
            return refused("Keep each word or phrase under " + MAX_TERM + " characters.");
        }
        if (terms.stream().anyMatch(t -> Arrays.stream(t.split("[ '’\\-]")).allMatch(String::isEmpty))) {
            return refused("Each term needs a letter or number.");
        }
        String words = String.join(", ", new ArrayList<>(terms));
        if (!SiteAnalyzer.withSynonyms(List.of(words)).rejectedLines().isEmpty()) {
            return refused("Search could not use this group: try plainer words.");
        }
        return new Checked(words, null);
    }

    private static Checked refused(String message) { return new Checked(null, message); }
}
