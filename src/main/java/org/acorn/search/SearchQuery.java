package org.acorn.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What someone typed, read as plain words and "quoted phrases" — never as query syntax. Anything else
 * (operators, brackets, field names, wildcards, emoji, unbalanced quotes) is punctuation and falls away, so
 * parsing cannot fail. Lengths and counts are capped so a pasted essay costs no more than a sentence.
 *
 * @param words single words; common English words ("and", "the") are dropped, since requiring them helps no one
 * @param phrases runs of words that must appear together, in order (kept whole, small words included)
 */
public record SearchQuery(List<String> words, List<String> phrases) {

    /** Input beyond this many characters is ignored. */
    public static final int MAX_INPUT = 500;
    /** At most this many words and phrases, in the order typed. */
    public static final int MAX_TERMS = 12;
    /** A longer "word" is cut to this length. */
    static final int MAX_WORD = 40;
    private static final int MAX_PHRASE_WORDS = 8;
    private static final CharArraySet COMMON = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    public static final SearchQuery EMPTY = new SearchQuery(List.of(), List.of());

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    public static SearchQuery parse(String typed) {
        if (typed == null || typed.isBlank()) return EMPTY;
        String text = cap(typed);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length && words.size() + phrases.size() < MAX_TERMS; i++) {
            // odd parts sit between quotes; with an odd number of quotes the last part was never closed
            boolean quoted = i % 2 == 1 && !(quotes % 2 == 1 && i == parts.length - 1);
            List<String> found = wordsOf(parts[i]);
            if (quoted && found.size() > 1) {
                phrases.add(String.join(" ", found.subList(0, Math.min(found.size(), MAX_PHRASE_WORDS))));
                continue;
            }
            for (String w : found) {
                if (words.size() + phrases.size() >= MAX_TERMS) break;
                if (!COMMON.contains(w.toLowerCase(Locale.ROOT)) && !words.contains(w)) words.add(w);
            }
        }
        return new SearchQuery(words, phrases);
    }

    public boolean isEmpty() { return words.isEmpty() && phrases.isEmpty(); }

    /** The query as the engine understood it, to show back to the person. */
    public String understood() {
        List<String> parts = new ArrayList<>();
        phrases.forEach(p -> parts.add('"' + p + '"'));
        parts.addAll(words);
        return String.join(" ", parts);
    }

    /** Letters and digits (any script), with apostrophes inside words kept (O'Brien); everything else splits. */
    private static List<String> wordsOf(String part) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = part.length();
        for (int i = 0; i < n; ) {
            int cp = part.codePointAt(i);
            i += Character.charCount(cp);
            boolean inner = (cp == '\'' || cp == '\u2019') && current.length() > 0 && i < n
                    && Character.isLetterOrDigit(part.codePointAt(i));
            if (Character.isLetterOrDigit(cp) || inner) {
                if (current.length() < MAX_WORD) current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    /** Cuts at a code point boundary so an emoji is never split in half. */
    private static String cap(String typed) {
        if (typed.length() <= MAX_INPUT) return typed;
        int end = MAX_INPUT;
        if (Character.isHighSurrogate(typed.charAt(end - 1))) end--;
        return typed.substring(0, end);
    }
}
