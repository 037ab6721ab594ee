package org.acorn.governance.payment;

import java.time.LocalDate;

/** English financial years run 1 April to 31 March; a year is named by its start: 2026 is "2026–27". */
public final class FinancialYear {

    private FinancialYear() { }

    public static int of(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    public static String label(int year) {
        return year + "–" + String.format("%02d", (year + 1) % 100);
    }
}
