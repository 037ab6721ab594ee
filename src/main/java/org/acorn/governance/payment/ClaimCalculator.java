package org.acorn.governance.payment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works out a claim under a scheme's rates, or says what is wrong with it. Rules:
 * <ul>
 * <li>Attendance: a full day pays the day rate (or two half-day rates when the scheme has only those); half a
 * day pays the half-day rate (or half the day rate).</li>
 * <li>Travel is mileage (miles × the rate per mile) plus fares; the two together may not exceed the travel cap.</li>
 * <li>Childcare and backfill are actual costs up to their caps. A cost the scheme does not pay, a negative
 * amount, or an amount over its cap is refused, never quietly reduced.</li>
 * </ul>
 */
public final class ClaimCalculator {

    public static final int MAX_MILES = 1000;

    private ClaimCalculator() { }

    public record Amounts(int rate, int mileage, int total) { }

    /** @return the amounts, or throws {@link Refused} with a message per field */
    public static Amounts calculate(Rates rates, DayPart part, int miles, int fares, int childcare, int backfill) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (miles < 0) errors.put("miles", "Miles cannot be negative.");
        if (miles > MAX_MILES) errors.put("miles", "Enter no more than " + MAX_MILES + " miles.");
        if (fares < 0) errors.put("fares", "Fares cannot be negative.");
        if (childcare < 0) errors.put("childcare", "Childcare cannot be negative.");
        if (backfill < 0) errors.put("backfill", "Backfill cannot be negative.");
        int rate = part == DayPart.HALF_DAY
                ? rates.halfDayRate() != null ? rates.halfDayRate() : rates.dayRate() != null ? rates.dayRate() / 2 : 0
                : rates.dayRate() != null ? rates.dayRate() : rates.halfDayRate() != null ? rates.halfDayRate() * 2 : 0;
        int mileage = 0;
        if ((miles > 0 || fares > 0) && !rates.paysTravel()) errors.putIfAbsent("fares", "This scheme does not pay travel.");
        if (miles > 0 && rates.pencePerMile() == null && rates.paysTravel()) {
            errors.putIfAbsent("miles", "This scheme pays fares, not mileage.");
        }
        if (rates.pencePerMile() != null && miles > 0 && miles <= MAX_MILES) mileage = miles * rates.pencePerMile();
        if (rates.travelCap() != null && mileage + Math.max(fares, 0) > rates.travelCap()) {
            errors.putIfAbsent("fares", "Travel (" + pounds(mileage + fares) + ") is over the scheme's cap of "
                    + pounds(rates.travelCap()) + ".");
        }
        cap(errors, "childcare", "childcare", childcare, rates.childcareCap());
        cap(errors, "backfill", "backfill", backfill, rates.backfillCap());
        if (!errors.isEmpty()) throw new Refused(errors);
        long total = (long) rate + mileage + fares + childcare + backfill;
        if (total > Integer.MAX_VALUE) throw new Refused(Map.of("fares", "That claim is too large."));
        if (total == 0) throw new Refused(Map.of("fares", "There is nothing to claim under this scheme."));
        return new Amounts(rate, mileage, (int) total);
    }

    private static void cap(Map<String, String> errors, String field, String what, int amount, Integer cap) {
        if (amount <= 0) return;
        if (cap == null) errors.putIfAbsent(field, "This scheme does not pay " + what + ".");
        else if (amount > cap) errors.putIfAbsent(field, "Claimed " + what + " (" + pounds(amount) + ") is over the scheme's cap of " + pounds(cap) + ".");
    }

    public static String pounds(long pence) {
        return (pence < 0 ? "-£" : "£") + Math.abs(pence) / 100 + "." + String.format("%02d", Math.abs(pence) % 100);
    }

    /** Parses "12.50", "£12.50", "12" into pence; null for blank; throws NumberFormatException for anything else. */
    public static Integer pence(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip().replace("£", "").replace(",", "");
        if (!t.matches("-?\\d{1,7}(\\.\\d{1,2})?")) throw new NumberFormatException(text);
        java.math.BigDecimal v = new java.math.BigDecimal(t).movePointRight(2);
        return v.intValueExact();
    }

    /** A claim refused: messages by field. */
    public static class Refused extends RuntimeException {
        private final Map<String, String> errors;

        public Refused(Map<String, String> errors) {
            super("claim refused: " + errors.keySet());
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() { return errors; }
    }
}
