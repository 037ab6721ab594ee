package org.acorn.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void textIsLowerCasedAndWrappedAndWildcardsAreEscaped() {
        assertThat(Like.contains("Dee WRIGHT")).isEqualTo("%dee wright%");
        assertThat(Like.contains("100%")).isEqualTo("%100!%%");
        assertThat(Like.contains("a_b")).isEqualTo("%a!_b%");
        assertThat(Like.contains("wow!")).isEqualTo("%wow!!%");
        assertThat(Like.contains("' OR 1=1 --")).isEqualTo("%' or 1=1 --%");
    }
}
