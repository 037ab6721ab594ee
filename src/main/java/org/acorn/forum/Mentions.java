package org.acorn.forum;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * @mentions in a post. A person or organisation is mentioned by its name with hyphens for spaces and
 * punctuation left out: {@code @Dee-Wright}, {@code @Ashby-Family-Centre}. Names are matched without regard
 * to case or accents. Mentions inside code and block quotes do not count (quoting someone must not ping the
 * people they mentioned).
 */
public final class Mentions {

    public static final int MAX_PER_POST = 10;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@/.])@([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{1,80})");

    private Mentions() { }

    /** The handles mentioned, normalised (see {@link #handle}), at most {@link #MAX_PER_POST}. */
    public static Set<String> in(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        if (markdown == null) return found;
        boolean fenced = false;
        for (String line : markdown.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || t.startsWith(">") || line.startsWith("    ")) continue;
            Matcher m = MENTION.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find() && found.size() < MAX_PER_POST) {
                String h = handle(m.group(1));
                if (h.length() >= 2) found.add(h);
            }
        }
        return found;
    }

    /** "Ashby Family Centre" → "ashby-family-centre"; "Parents' Forum" → "parents-forum"; "Zoë" → "zoe". */
    public static String handle(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replaceAll("['’]", "").toLowerCase(java.util.Locale.ROOT);
        n = n.replaceAll("[^\\p{L}\\p{N}]+", "-");
        return n.replaceAll("^-+|-+$", "");
    }

    /** What to type to mention this name. */
    public static String typed(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replaceAll("\\(.*?\\)", "").replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "@" + n.replaceAll("^-+|-+$", "");
    }

    /** The first word of a handle, to narrow the names looked up in the database. */
    static String firstWord(String handle) {
        int dash = handle.indexOf('-');
        return dash < 0 ? handle : handle.substring(0, dash);
    }
}
