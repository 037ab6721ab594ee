package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IncomeBandTest {

    @Test
    void smallAtOneHundredThousandMeansUnderOneHundredThousand() {
        assertThat(Arrays.stream(IncomeBand.values()).filter(b -> b.isSmall(100_000)))
                .containsExactly(IncomeBand.UNDER_10K, IncomeBand.FROM_10K_TO_100K);
    }

    @Test
    void smallAtTwoHundredFiftyThousandTakesInTheNextBand() {
        assertThat(Arrays.stream(IncomeBand.values()).filter(b -> b.isSmall(250_000)))
                .containsExactly(IncomeBand.UNDER_10K, IncomeBand.FROM_10K_TO_100K, IncomeBand.FROM_100K_TO_250K);
    }

    @Test
    void aBandIsSmallOnlyIfAllOfItIsUnderTheThreshold() {
        assertThat(IncomeBand.FROM_10K_TO_100K.isSmall(50_000)).isFalse();
        assertThat(IncomeBand.UNDER_10K.isSmall(50_000)).isTrue();
        assertThat(IncomeBand.UNDER_10K.isSmall(9_999)).isFalse();
        assertThat(IncomeBand.UNDER_10K.isSmall(0)).isFalse();
        assertThat(IncomeBand.OVER_1M.isSmall(Integer.MAX_VALUE)).as("the open top band is never small").isFalse();
    }
}
