package org.acorn.directory.currency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.acorn.directory.currency.ListingConfirmation.State;
import org.junit.jupiter.api.Test;

class ListingConfirmationTest {

    static final Instant SENT = Instant.parse("2026-03-01T09:00:00Z");

    ListingLink link() { return new ListingLink(1L, "h", SENT, SENT.plus(Duration.ofDays(30))); }
    ListingCheck open() { return new ListingCheck(5L, 1, SENT); }

    @Test
    void aFreshLinkOfAnOpenCycleIsUsableUntilItExpires() {
        assertThat(ListingConfirmation.stateOf(link(), open(), SENT.plus(Duration.ofDays(29)))).isEqualTo(State.USABLE);
        assertThat(ListingConfirmation.stateOf(link(), open(), SENT.plus(Duration.ofDays(30)))).isEqualTo(State.EXPIRED);
    }

    @Test
    void aSpentLinkSaysWhetherItWasConfirmedOrCheckedOtherwise() {
        ListingLink l = link();
        ListingCheck c = open();
        l.spend(SENT.plusSeconds(60));
        c.close(ListingCheck.Outcome.CONFIRMED, "email link", SENT.plusSeconds(60));
        assertThat(ListingConfirmation.stateOf(l, c, SENT.plus(Duration.ofDays(90)))).as("used beats expired").isEqualTo(State.USED);

        ListingLink other = link();
        ListingCheck byStaff = open();
        other.spend(SENT.plusSeconds(60));
        byStaff.close(ListingCheck.Outcome.PROXY, "Sam Carter", SENT.plusSeconds(60));
        assertThat(ListingConfirmation.stateOf(other, byStaff, SENT.plusSeconds(120))).isEqualTo(State.CHECKED);

        ListingCheck edited = open();
        edited.close(ListingCheck.Outcome.CHECKED_OTHERWISE, null, SENT.plusSeconds(60));
        assertThat(ListingConfirmation.stateOf(link(), edited, SENT.plusSeconds(120))).isEqualTo(State.CHECKED);
    }
}
