package org.acorn.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultPageTest {

    @Test
    void pagesAreCountedAndARequestPastTheEndShowsTheLast() {
        assertThat(ResultPage.clamp(1, 50, 0)).isEqualTo(1);
        assertThat(ResultPage.clamp(3, 50, 101)).isEqualTo(3);
        assertThat(ResultPage.clamp(4, 50, 101)).isEqualTo(3);
        assertThat(ResultPage.clamp(Integer.MAX_VALUE, 50, 100)).isEqualTo(2);
        assertThat(ResultPage.clamp(0, 50, 100)).isEqualTo(1);
        assertThat(ResultPage.offset(3, 50)).isEqualTo(100);
    }

    @Test
    void theLastPartialPageKnowsItsPlace() {
        ResultPage<Integer> last = new ResultPage<>(List.of(1, 2), 3, 50, 102);
        assertThat(last.getPages()).isEqualTo(3);
        assertThat(last.getFirst()).isEqualTo(101);
        assertThat(last.getLast()).isEqualTo(102);
        assertThat(last.isHasNext()).isFalse();
        assertThat(last.isHasPrevious()).isTrue();
        ResultPage<Integer> none = new ResultPage<>(Collections.emptyList(), 1, 50, 0);
        assertThat(none.getPages()).isEqualTo(1);
        assertThat(none.getFirst()).isZero();
        assertThat(none.isHasNext()).isFalse();
        assertThat(none.isHasPrevious()).isFalse();
    }
}
