package org.acorn.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.junit.jupiter.api.Test;

class TimetableTest {

    static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    static void check(Instant no, Instant nc, Instant vo, Instant vc) {
        Checks c = new Checks();
        Timetable.check(c, no, nc, vo, vc, LocalDate.of(2026, 6, 1));
        c.done();
    }

    @Test
    void stagesInOrderAreAccepted() {
        check(T, T.plusSeconds(86_400 * 14), T.plusSeconds(86_400 * 14), T.plusSeconds(86_400 * 28));
    }

    @Test
    void votingBeforeNominationsCloseIsRefused() {
        assertThatThrownBy(() -> check(T, T.plusSeconds(7200), T.plusSeconds(3600), T.plusSeconds(9000)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsEntry("votingOpen",
                        "Voting cannot open before nominations close."));
    }

    @Test
    void backwardsWindowsAndMissingDatesAreRefused() {
        assertThatThrownBy(() -> check(T, T, T, T)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .containsKeys("nominationsClose", "votingClose"));
        assertThatThrownBy(() -> check(null, T, T, T)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .containsEntry("nominationsOpen", "Enter when nominations open."));
        assertThatThrownBy(() -> check(T, T.plusSeconds(60), T.plusSeconds(60), T.plusSeconds(86_400L * 400)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("votingClose"));
    }
}
