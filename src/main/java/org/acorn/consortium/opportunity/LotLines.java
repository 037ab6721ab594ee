package org.acorn.consortium.opportunity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.acorn.governance.Checks;

/** Reads the lots an officer typed, one per line: "title | value in pounds | minimum readiness score (0–100)". */
final class LotLines {

    static final int MAX_LOTS = 20;

    record Line(String title, Long valuePence, Integer minReadiness) { }

    private LotLines() { }

    static List<Line> parse(Checks c, String text, long contractPence) {
        List<Line> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String[] lines = text.strip().split("\\R");
        if (lines.length > MAX_LOTS) {
            c.fail("lots", "An opportunity may have at most " + MAX_LOTS + " lots.");
            return out;
        }
        long sum = 0;
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] parts = lines[i].split("\\|", -1);
            String where = "Lot line " + (i + 1) + ": ";
            if (parts.length > 3) {
                c.fail("lots", where + "write title | value | minimum readiness (at most three parts).");
                return out;
            }
            String title = parts[0].strip();
            if (title.isEmpty() || title.length() > 200) {
                c.fail("lots", where + "give the lot a title of up to 200 characters.");
                return out;
            }
            if (!titles.add(title.toLowerCase(Locale.ROOT))) {
                // lots are told apart (and kept on editing) by their titles
                c.fail("lots", where + "another lot is already called \"" + title + "\": give each lot its own title.");
                return out;
            }
            Checks own = new Checks();
            Long value = parts.length > 1 ? Money.pence(own, "lots", parts[1], false, "the lot's value") : null;
            if (!own.ok()) {
                c.fail("lots", where + "enter the lot's value in pounds, like 40000 (or leave it out).");
                return out;
            }
            Integer min = null;
            if (parts.length > 2 && !parts[2].isBlank()) {
                String m = parts[2].strip();
                if (!m.matches("\\d{1,3}") || Integer.parseInt(m) > 100) {
                    c.fail("lots", where + "the minimum readiness score is a whole number from 0 to 100.");
                    return out;
                }
                min = Integer.parseInt(m);
            }
            if (value != null) sum += value;
            out.add(new Line(title, value, min));
        }
        if (sum > contractPence) {
            c.fail("lots", "The lots add up to " + Money.label(sum) + ", more than the contract's value of " + Money.label(contractPence) + ".");
        }
        return out;
    }
}
