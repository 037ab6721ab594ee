package org.acorn.consortium.opportunity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Pounds as people type and read them: "£12,500" or "£12,500.50"; kept as whole pence. */
public final class Money {

    private Money() { }

    /**
     * Pence from "12500", "£12,500.50" or "12,500"; null when blank and not required. A typed amount that is not one
     * (letters, negative, more than ten digits of pounds) is refused with a message for that field.
     */
    public static Long pence(org.acorn.governance.Checks c, String field, String typed, boolean required, String label) {
        if (typed == null || typed.isBlank()) {
            if (required) c.fail(field, "Enter " + label + " in pounds, like 25000 or 12,500.50.");
            return null;
        }
        String t = typed.strip().replace("£", "").replace(",", "").strip();
        if (!t.matches("\\d{1,10}(\\.\\d{1,2})?")) {
            c.fail(field, "Enter " + label + " in pounds, like 25000 or 12,500.50.");
            return null;
        }
        return new BigDecimal(t).movePointRight(2).longValueExact();
    }

    public static String label(long pence) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        f.setMaximumFractionDigits(pence % 100 == 0 ? 0 : 2);
        f.setMinimumFractionDigits(pence % 100 == 0 ? 0 : 2);
        return f.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** The amount as a form shows it back: "12500" or "12500.50". */
    public static String typed(Long pence) {
        if (pence == null) return "";
        return BigDecimal.valueOf(pence).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
