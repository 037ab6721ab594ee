package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void storedTextIsReadIntoTicksAndOtherPoliciesWithoutLosingAnything() {
        String demo = "Safeguarding children; health and safety; Forest school risk assessments";
        assertThat(Policy.held(demo)).containsExactly(Policy.SAFEGUARDING, Policy.HEALTH_AND_SAFETY);
        assertThat(Policy.others(demo)).isEqualTo("Forest school risk assessments");
        assertThat(Policy.store(Policy.held(demo), Policy.others(demo)))
                .isEqualTo("Safeguarding children; Health and safety; Forest school risk assessments");
    }

    @Test
    void nothingHeldIsStoredAsNothing() {
        assertThat(Policy.store(EnumSet.noneOf(Policy.class), "  ")).isNull();
        assertThat(Policy.held(null)).isEmpty();
        assertThat(Policy.listed(null)).isEmpty();
    }

    @Test
    void theChecklistIsListedInItsOwnOrder() {
        assertThat(Policy.listed("Complaints; Data protection")).containsExactly("Data protection", "Complaints");
    }
}
