package org.acorn.consortium.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.acorn.directory.InvalidInput;
import org.acorn.governance.Checks;
import org.junit.jupiter.api.Test;

/** The lots an officer types, one per line: what is read and what is refused. */
class LotLinesTest {

    private static List<LotLines.Line> parse(String text, long contractPence) {
        Checks c = new Checks();
        List<LotLines.Line> lines = LotLines.parse(c, text, contractPence);
        c.done();
        return lines;
    }

    @Test
    void readsTitleValueAndMinimumReadiness() {
        assertThat(parse("Parenting groups | 30000 | 60\nOne-to-one\n\n", 5_000_000L)).containsExactly(
                new LotLines.Line("Parenting groups", 3_000_000L, 60), new LotLines.Line("One-to-one", null, null));
    }

    @Test
    void theSameTitleTwiceIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> parse("Parenting groups | 100\nparenting GROUPS | 200", 5_000_000L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("lots"))
                        .startsWith("Lot line 2: another lot is already called \"parenting GROUPS\""));
    }

    @Test
    void lotsWorthMoreThanTheContractAreRefused() {
        assertThatThrownBy(() -> parse("A | 30000\nB | 30000", 5_000_000L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("lots")).contains("more than the contract's value"));
    }
}
