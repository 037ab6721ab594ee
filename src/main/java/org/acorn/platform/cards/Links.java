package org.acorn.platform.cards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds links to known record pages in what someone wrote, as references such as "o12,s40". Pure: no database. */
final class Links {

    private final Pattern link;
    private final Map<String, String> codeByPage;

    Links(List<RecordCards> sources) {
        codeByPage = sources.stream().collect(Collectors.toMap(RecordCards::page, RecordCards::code, (a, b) -> a));
        String pages = codeByPage.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // the portal's own pages, written site-relative or with any host (the public address may differ)
        link = Pattern.compile("(?:https?://[^\\s/)\\]]+)?(" + (pages.isEmpty() ? "(?!)" : pages) + ")\\?id=(\\d{1,18})(?!\\d)");
    }

    /** The records linked from the text, in order, without repeats, at most {@code max}; null when none. */
    String refs(String text, int max) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = link.matcher(text == null ? "" : text);
        while (m.find() && refs.size() < max) refs.add(codeByPage.get(m.group(1)) + Long.parseLong(m.group(2)));
        return refs.isEmpty() ? null : String.join(",", refs);
    }

    /** Stored references grouped by code: "o12,s40,o3" → o → [12, 3], s → [40]; malformed ones dropped. */
    static Map<String, Set<Long>> byCode(Iterable<String> refs) {
        Map<String, Set<Long>> out = new java.util.LinkedHashMap<>();
        for (String ref : refs) {
            Matcher m = REF.matcher(ref);
            if (m.matches()) out.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(Long.valueOf(m.group(2)));
        }
        return out;
    }

    private static final Pattern REF = Pattern.compile("([a-z]{1,8})(\\d{1,18})");
}
