package org.acorn.governance.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueStepTest {

    @Test
    void issuesMoveForwardOnlyAndMaySkipAStage() {
        assertThat(IssueStep.RAISED.mayMoveTo(IssueStep.DISCUSSED)).isTrue();
        assertThat(IssueStep.RAISED.mayMoveTo(IssueStep.TAKEN_TO_BODY)).isTrue();
        assertThat(IssueStep.TAKEN_TO_BODY.mayMoveTo(IssueStep.DISCUSSED)).isFalse();
        assertThat(IssueStep.DISCUSSED.mayMoveTo(IssueStep.DISCUSSED)).isFalse();
        assertThat(IssueStep.CLOSED.mayMoveTo(IssueStep.CLOSED)).isFalse();
        assertThat(IssueStep.RESPONSE_RECEIVED.mayMoveTo(null)).isFalse();
    }
}
