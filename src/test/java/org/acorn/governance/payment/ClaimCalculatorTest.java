package org.acorn.governance.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The three demo schemes of seed 003: £150 a day (Group), £75 a half day (Forum), actual costs (Network). */
class ClaimCalculatorTest {

    static final Rates DAY = new Rates(15_000, null, null, null, null, null);
    static final Rates HALF_DAY = new Rates(null, 7_500, null, null, null, null);
    static final Rates ACTUAL = new Rates(null, null, 45, 5_000, 4_000, 12_000);

    @Test
    void flatDayRate() {
        assertThat(ClaimCalculator.calculate(DAY, DayPart.FULL_DAY, 0, 0, 0, 0).total()).isEqualTo(15_000);
        assertThat(ClaimCalculator.calculate(DAY, DayPart.HALF_DAY, 0, 0, 0, 0).total()).isEqualTo(7_500);
    }

    @Test
    void halfDayRate() {
        assertThat(ClaimCalculator.calculate(HALF_DAY, DayPart.HALF_DAY, 0, 0, 0, 0).total()).isEqualTo(7_500);
        assertThat(ClaimCalculator.calculate(HALF_DAY, DayPart.FULL_DAY, 0, 0, 0, 0).total()).isEqualTo(15_000);
    }

    @Test
    void actualCostsWithinCaps() {
        ClaimCalculator.Amounts a = ClaimCalculator.calculate(ACTUAL, DayPart.FULL_DAY, 40, 350, 2_500, 9_000);
        assertThat(a.rate()).isZero();
        assertThat(a.mileage()).isEqualTo(1_800);
        assertThat(a.total()).isEqualTo(1_800 + 350 + 2_500 + 9_000);
    }

    @Test
    void overCapsAreRefusedNotReduced() {
        assertThatThrownBy(() -> ClaimCalculator.calculate(ACTUAL, DayPart.FULL_DAY, 100, 800, 0, 0))
                .isInstanceOfSatisfying(ClaimCalculator.Refused.class, r -> assertThat(r.errors().get("fares"))
                        .isEqualTo("Travel (£53.00) is over the scheme's cap of £50.00."));
        assertThatThrownBy(() -> ClaimCalculator.calculate(ACTUAL, DayPart.FULL_DAY, 0, 0, 4_001, 0))
                .isInstanceOfSatisfying(ClaimCalculator.Refused.class, r -> assertThat(r.errors().get("childcare"))
                        .contains("over the scheme's cap of £40.00"));
    }

    @Test
    void negativesAndUncoveredCostsAreRefused() {
        assertThatThrownBy(() -> ClaimCalculator.calculate(ACTUAL, DayPart.FULL_DAY, 0, -1, 0, 0))
                .isInstanceOfSatisfying(ClaimCalculator.Refused.class, r -> assertThat(r.errors()).containsKey("fares"));
        assertThatThrownBy(() -> ClaimCalculator.calculate(DAY, DayPart.FULL_DAY, 10, 0, 0, 0))
                .isInstanceOfSatisfying(ClaimCalculator.Refused.class, r -> assertThat(r.errors().get("fares"))
                        .isEqualTo("This scheme does not pay travel."));
        assertThatThrownBy(() -> ClaimCalculator.calculate(HALF_DAY, DayPart.HALF_DAY, 0, 0, 1_000, 0))
                .isInstanceOfSatisfying(ClaimCalculator.Refused.class, r -> assertThat(r.errors().get("childcare"))
                        .isEqualTo("This scheme does not pay childcare."));
        assertThatThrownBy(() -> ClaimCalculator.calculate(ACTUAL, DayPart.FULL_DAY, 0, 0, 0, 0))
                .isInstanceOf(ClaimCalculator.Refused.class);
    }

    @Test
    void moneyIsParsedStrictly() {
        assertThat(ClaimCalculator.pence("£12.50")).isEqualTo(1_250);
        assertThat(ClaimCalculator.pence("7")).isEqualTo(700);
        assertThat(ClaimCalculator.pence(" ")).isNull();
        assertThatThrownBy(() -> ClaimCalculator.pence("12.505")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ClaimCalculator.pence("1e5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ClaimCalculator.pence("<script>")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void financialYearsStartInApril() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(FinancialYear.label(2026)).isEqualTo("2026–27");
    }
}
