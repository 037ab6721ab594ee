package org.acorn.forum;

import java.text.NumberFormat;
import java.util.Locale;

/** What the forum accepts as a title or a post: checked before anything is written, with a message that says why. */
public final class ForumInput {

    public static final int MIN_TITLE = 3;

    private ForumInput() { }

    public static String title(String raw) {
        String t = withoutControls(raw == null ? "" : raw).replaceAll("\\s+", " ").strip();
        if (t.length() < MIN_TITLE) throw ForumRefused.field("title", "Give the topic a title of at least " + MIN_TITLE + " characters.");
        if (t.length() > ForumTopic.MAX_TITLE) {
            throw ForumRefused.field("title", "The title is " + t.length() + " characters long; please keep it to "
                    + ForumTopic.MAX_TITLE + ".");
        }
        return t;
    }

    public static String body(String raw, int max) {
        String b = raw == null ? "" : raw.replace("\r\n", "\n");
        b = b.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (b.isEmpty()) throw ForumRefused.field("body", "Write something before you post.");
        if (b.length() > max) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
            throw ForumRefused.field("body", "Your post is " + n.format(b.length()) + " characters long; the most the forum takes is "
                    + n.format(max) + ". Please shorten it or split it into two posts.");
        }
        return b;
    }

    /** A short reason (flags, hiding): optional, at most max characters. */
    public static String note(String raw, int max, String field) {
        String n = withoutControls(raw == null ? "" : raw).strip();
        if (n.length() > max) throw ForumRefused.field(field, "Please keep this to " + max + " characters.");
        return n.isEmpty() ? null : n;
    }

    static String withoutControls(String s) {
        return s.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
