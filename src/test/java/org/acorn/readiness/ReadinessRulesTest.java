package org.acorn.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.acorn.directory.IncomeBand;
import org.acorn.readiness.SafeguardingQuestion.Answer;
import org.junit.jupiter.api.Test;

/** The readiness rules with no container: the score, expiry and reminders, and the self-assessment's size scaling. */
class ReadinessRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    // ------------------------------------------------------------------ score

    @Test
    void onlyAcceptedItemsCountAndEveryOtherRequiredItemIsAGapWithItsReason() {
        Map<ItemKind, ItemState> states = new EnumMap<>(ItemKind.class);
        states.put(ItemKind.SAFEGUARDING, ItemState.ACCEPTED);
        states.put(ItemKind.INSURANCE, ItemState.EXPIRED);
        states.put(ItemKind.DATA_PROTECTION, ItemState.SUBMITTED);
        states.put(ItemKind.COMPLAINTS, ItemState.NEEDS_WORK);
        ReadinessScore.Result r = ReadinessScore.of(states, EnumSet.of(ItemKind.SAFEGUARDING, ItemKind.INSURANCE,
                ItemKind.DATA_PROTECTION, ItemKind.COMPLAINTS, ItemKind.ACCOUNTS));
        assertThat(r.percent()).isEqualTo(20);
        assertThat(r.gaps()).extracting(ReadinessScore.Gap::kind)
                .containsExactly(ItemKind.DATA_PROTECTION, ItemKind.COMPLAINTS, ItemKind.INSURANCE, ItemKind.ACCOUNTS);
        assertThat(r.gaps()).extracting(ReadinessScore.Gap::state)
                .containsExactly(ItemState.SUBMITTED, ItemState.NEEDS_WORK, ItemState.EXPIRED, ItemState.MISSING);
    }

    @Test
    void theScoreIsAgainstWhatIsRequiredOnlyAndRoundsDown() {
        Map<ItemKind, ItemState> states = new EnumMap<>(ItemKind.class);
        states.put(ItemKind.SAFEGUARDING, ItemState.ACCEPTED);
        states.put(ItemKind.INSURANCE, ItemState.ACCEPTED);
        // an accepted item the lot does not ask for does not raise the score
        assertThat(ReadinessScore.of(states, EnumSet.of(ItemKind.INSURANCE, ItemKind.ACCOUNTS, ItemKind.GOVERNANCE)).percent()).isEqualTo(33);
        assertThat(ReadinessScore.of(states, EnumSet.of(ItemKind.SAFEGUARDING, ItemKind.INSURANCE)).isComplete()).isTrue();
        assertThat(ReadinessScore.of(states, EnumSet.noneOf(ItemKind.class)).percent()).isEqualTo(100);
        assertThat(ReadinessScore.of(Map.of(), ItemKind.all()).percent()).isZero();
        assertThat(ReadinessScore.of(Map.of(), ItemKind.all()).gaps()).hasSize(ItemKind.values().length);
        Map<ItemKind, ItemState> all = new EnumMap<>(ItemKind.class);
        for (ItemKind k : ItemKind.values()) all.put(k, ItemState.ACCEPTED);
        all.put(ItemKind.MONITORING, ItemState.SUBMITTED);
        assertThat(ReadinessScore.of(all, ItemKind.all()).percent()).isEqualTo(90); // 10 of 11 = 90.9, not 91
    }

    // ------------------------------------------------------------------ expiry

    @Test
    void aDocumentIsExpiredTheDayAfterItsDateWhateverItsReview() {
        assertThat(ExpiryRule.state(ItemState.ACCEPTED, TODAY, TODAY)).isEqualTo(ItemState.ACCEPTED);
        assertThat(ExpiryRule.state(ItemState.ACCEPTED, TODAY.minusDays(1), TODAY)).isEqualTo(ItemState.EXPIRED);
        assertThat(ExpiryRule.state(ItemState.SUBMITTED, TODAY.minusDays(1), TODAY)).isEqualTo(ItemState.EXPIRED);
        assertThat(ExpiryRule.state(ItemState.NEEDS_WORK, TODAY.plusDays(9), TODAY)).isEqualTo(ItemState.NEEDS_WORK);
        assertThat(ExpiryRule.state(null, null, TODAY)).isEqualTo(ItemState.MISSING);
    }

    @Test
    void theReminderIsDueInsideTheWindowOncePerDateAndNotAfterExpiry() {
        assertThat(ExpiryRule.remindNow(TODAY.plusDays(31), TODAY, 30, null)).isFalse();
        assertThat(ExpiryRule.remindNow(TODAY.plusDays(30), TODAY, 30, null)).isTrue();
        assertThat(ExpiryRule.remindNow(TODAY, TODAY, 30, null)).isTrue();
        assertThat(ExpiryRule.remindNow(TODAY.plusDays(10), TODAY, 30, TODAY.plusDays(10))).isFalse();
        // a renewed document (new date) is reminded again
        assertThat(ExpiryRule.remindNow(TODAY.plusDays(10), TODAY, 30, TODAY.minusDays(355))).isTrue();
        assertThat(ExpiryRule.remindNow(TODAY.minusDays(1), TODAY, 30, null)).isFalse();
        assertThat(ExpiryRule.expiredNoticeNow(TODAY.minusDays(1), TODAY, null)).isTrue();
        assertThat(ExpiryRule.expiredNoticeNow(TODAY.minusDays(1), TODAY, TODAY.minusDays(1))).isFalse();
        assertThat(ExpiryRule.expiredNoticeNow(TODAY, TODAY, null)).isFalse();
        assertThat(ExpiryRule.expiringSoon(TODAY.plusDays(30), TODAY, 30)).isTrue();
        assertThat(ExpiryRule.expiringSoon(TODAY.minusDays(1), TODAY, 30)).isFalse();
    }

    // ------------------------------------------------------------------ size scaling

    @Test
    void sizeComesFromIncomeBandAndPaidStaffAgainstTheNetworksThreshold() {
        assertThat(OrganisationSize.of(IncomeBand.UNDER_10K, 0, 100_000)).isEqualTo(OrganisationSize.VOLUNTEER_RUN);
        assertThat(OrganisationSize.of(IncomeBand.FROM_10K_TO_100K, 0, 100_000)).isEqualTo(OrganisationSize.VOLUNTEER_RUN);
        assertThat(OrganisationSize.of(IncomeBand.FROM_10K_TO_100K, 2, 100_000)).isEqualTo(OrganisationSize.SMALL);
        assertThat(OrganisationSize.of(IncomeBand.FROM_100K_TO_250K, 4, 100_000)).isEqualTo(OrganisationSize.LARGER);
        // with the surveys' £250k threshold the same organisation is small
        assertThat(OrganisationSize.of(IncomeBand.FROM_100K_TO_250K, 4, 250_000)).isEqualTo(OrganisationSize.SMALL);
        assertThat(OrganisationSize.of(IncomeBand.OVER_1M, 0, 100_000)).isEqualTo(OrganisationSize.LARGER);
        // income not given: staff decide
        assertThat(OrganisationSize.of(null, 0, 100_000)).isEqualTo(OrganisationSize.VOLUNTEER_RUN);
        assertThat(OrganisationSize.of(null, 3, 100_000)).isEqualTo(OrganisationSize.SMALL);
        assertThat(OrganisationSize.of(null, 12, 100_000)).isEqualTo(OrganisationSize.LARGER);
        assertThat(OrganisationSize.paid(null, 2, -1)).isEqualTo(2);
    }

    @Test
    void aVolunteerRunGroupIsAskedPlainCoreQuestionsAndALargerCharityTheFullSet() {
        var small = SafeguardingQuestion.forSize(OrganisationSize.VOLUNTEER_RUN);
        var staffed = SafeguardingQuestion.forSize(OrganisationSize.SMALL);
        var larger = SafeguardingQuestion.forSize(OrganisationSize.LARGER);
        assertThat(small).contains(SafeguardingQuestion.NAMED_LEAD, SafeguardingQuestion.LEAD_TRAINED, SafeguardingQuestion.RECORDS)
                .doesNotContain(SafeguardingQuestion.AUDITS, SafeguardingQuestion.ADVISORY_GROUP, SafeguardingQuestion.SUPERVISION,
                        SafeguardingQuestion.TRUSTEES);
        assertThat(staffed).contains(SafeguardingQuestion.TRUSTEES, SafeguardingQuestion.SUPERVISION, SafeguardingQuestion.WHISTLEBLOWING)
                .doesNotContain(SafeguardingQuestion.AUDITS, SafeguardingQuestion.LEAD_TRAINED);
        assertThat(larger).containsAll(staffed).contains(SafeguardingQuestion.AUDITS, SafeguardingQuestion.LEADERSHIP, SafeguardingQuestion.OUTCOMES);
        assertThat(small.size()).isLessThan(staffed.size());
        assertThat(staffed.size()).isLessThan(larger.size());
        // every question leads somewhere when the answer is not yes
        for (SafeguardingQuestion q : SafeguardingQuestion.values()) assertThat(q.getAction()).isNotBlank();
        assertThat(Answer.YES.needsAction()).isFalse();
        assertThat(Answer.PARTLY.needsAction()).isTrue();
        assertThat(Answer.parse("MAYBE")).isNull();
        assertThat(SafeguardingQuestion.parse("<script>")).isNull();
    }

    @Test
    void eachChecklistItemPointsToAHelpTopic() {
        assertThat(ItemKind.MONITORING.topic()).isEqualTo(HelpTopic.MONITORING);
        assertThat(ItemKind.SAFEGUARDING.topic()).isEqualTo(HelpTopic.POLICIES);
        assertThat(ItemKind.parse("INSURANCE")).isEqualTo(ItemKind.INSURANCE);
        assertThat(ItemKind.parse("insurance' OR 1=1")).isNull();
    }
}
