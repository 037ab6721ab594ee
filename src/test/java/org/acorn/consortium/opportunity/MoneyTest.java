package org.acorn.consortium.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import org.acorn.governance.Checks;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void poundsAsPeopleTypeThemBecomeExactPence() {
        Checks c = new Checks();
        assertThat(Money.pence(c, "v", "£12,500.50", true, "the value")).isEqualTo(1_250_050L);
        assertThat(Money.pence(c, "v", " 420000 ", true, "the value")).isEqualTo(42_000_000L);
        assertThat(Money.pence(c, "v", "", false, "the value")).isNull();
        assertThat(c.ok()).isTrue();
    }

    @Test
    void anythingElseIsRefusedWithAMessage() {
        for (String bad : new String[] {"-5", "12.345", "1e6", "twelve", "<script>", "99999999999", "1; DROP TABLE x"}) {
            Checks c = new Checks();
            assertThat(Money.pence(c, "v", bad, true, "the value")).as(bad).isNull();
            assertThat(c.ok()).as(bad).isFalse();
        }
        Checks missing = new Checks();
        Money.pence(missing, "v", " ", true, "the value");
        assertThat(missing.ok()).isFalse();
    }

    @Test
    void labelsShowPenceOnlyWhenThereAreAny() {
        assertThat(Money.label(42_000_000L)).isEqualTo("£420,000");
        assertThat(Money.label(1_250_050L)).isEqualTo("£12,500.50");
        assertThat(Money.typed(1_250_050L)).isEqualTo("12500.5");
    }
}
