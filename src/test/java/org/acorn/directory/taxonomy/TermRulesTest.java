package org.acorn.directory.taxonomy;

import static org.acorn.directory.taxonomy.Terms.taxonomy;
import static org.acorn.directory.taxonomy.Terms.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.directory.service.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The term tree, and the retire and merge rules, without a database. */
class TermRulesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    Taxonomy types = taxonomy(2, "service_type");
    Taxonomy groups = taxonomy(3, "target_group");
    // Social (1) > Family relationships (12) > Parent/child (121), Couple (122); Social > Early years (13); Health (2)
    TaxonomyTerm social = term(types, 1, null, "1", 1);
    TaxonomyTerm family = term(types, 2, 1L, "12", 2);
    TaxonomyTerm parentChild = term(types, 3, 2L, "121", 1);
    TaxonomyTerm couple = term(types, 4, 2L, "122", 2);
    TaxonomyTerm earlyYears = term(types, 5, 1L, "13", 1);
    TaxonomyTerm health = term(types, 6, null, "2", 2);
    TaxonomyTerm fathers = term(groups, 7, null, "fathers", 1);
    List<TaxonomyTerm> all;
    Map<Long, Long> parents = new HashMap<>();

    @BeforeEach
    void index() {
        // deliberately out of order: the tree sorts each level by sort order
        all = List.of(couple, health, parentChild, family, social, earlyYears);
        for (TaxonomyTerm t : all) parents.put(t.getId(), t.getParentId());
    }

    @Test
    void treeNestsTermsUnderTheirParentsInSortOrder() {
        TermTree tree = TermTree.all(all);
        assertThat(tree.roots()).extracting(n -> n.term().getCode()).containsExactly("1", "2");
        assertThat(tree.roots().get(0).children()).extracting(n -> n.term().getCode()).containsExactly("13", "12");
        assertThat(tree.flatten()).extracting(n -> n.term().getCode() + "@" + n.depth())
                .containsExactly("1@0", "13@1", "12@1", "121@2", "122@2", "2@0");
    }

    @Test
    void retiredTermStaysOnItsServicesButLeavesTheChoicesWithEverythingUnderIt() {
        Service service = new Service(1L, "Family mediation", NOW);
        service.tag(family);
        family.retire(NOW);

        assertThat(family.isOffered()).isFalse();
        assertThat(service.getTerms()).containsExactly(family);
        assertThat(TermTree.choices(all).flatten()).extracting(n -> n.term().getCode())
                .containsExactly("1", "13", "2");
        assertThat(TermTree.all(all).flatten()).as("administrators still see it").hasSize(6);

        family.restore();
        assertThat(TermTree.choices(all).flatten()).hasSize(6);
    }

    @Test
    void retiringTwiceKeepsTheFirstDate() {
        couple.retire(NOW);
        couple.retire(NOW.plusSeconds(60));
        assertThat(couple.getRetiredAt()).isEqualTo(NOW);
    }

    @Test
    void mergedTermPointsAtItsReplacementAndIsNoLongerOffered() {
        couple.mergeInto(parentChild, parents, NOW);
        assertThat(couple.getMergedIntoId()).isEqualTo(3L);
        assertThat(couple.isOffered()).isFalse();
        assertThat(TermTree.choices(all).flatten()).extracting(n -> n.term().getCode()).doesNotContain("122");
        assertThatThrownBy(() -> couple.restore()).isInstanceOf(TermRuleBroken.class);
        assertThatThrownBy(() -> couple.retire(NOW)).isInstanceOf(TermRuleBroken.class);
    }

    @Test
    void mergeRetagsAServiceWithTheReplacementOnce() {
        Service both = new Service(1L, "Relationship support", NOW);
        both.tag(couple);
        both.tag(parentChild);
        Service one = new Service(1L, "Couples course", NOW);
        one.tag(couple);
        Service neither = new Service(1L, "Stay and play", NOW);
        neither.tag(earlyYears);

        assertThat(both.retag(couple, parentChild)).isTrue();
        assertThat(one.retag(couple, parentChild)).isTrue();
        assertThat(neither.retag(couple, parentChild)).isFalse();
        assertThat(both.getTerms()).containsExactly(parentChild);
        assertThat(one.getTerms()).containsExactly(parentChild);
        assertThat(neither.getTerms()).containsExactly(earlyYears);
    }

    @Test
    void mergesThatWouldLoseOrLoopAreRefused() {
        assertThat(couple.mergeProblems(couple, parents)).containsExactly("A term cannot be merged into itself.");
        assertThat(couple.mergeProblems(fathers, parents)).containsExactly("Terms can only be merged within the same taxonomy.");
        assertThat(social.mergeProblems(parentChild, parents)).as("into its own descendant")
                .singleElement().asString().contains("sits under it");
        health.retire(NOW);
        assertThat(couple.mergeProblems(health, parents)).singleElement().asString().contains("retired or merged");
        couple.mergeInto(parentChild, parents, NOW);
        assertThat(couple.mergeProblems(earlyYears, parents)).singleElement().asString().contains("already been merged");
        assertThatThrownBy(() -> social.mergeInto(parentChild, parents, NOW)).isInstanceOf(TermRuleBroken.class);
        assertThat(social.isOffered()).as("a refused merge changes nothing").isTrue();
        assertThat(couple.mergeProblems(null, parents)).containsExactly("Choose the term to merge into.");
    }

    @Test
    void aTermWhoseParentIsMissingIsShownAtTheTopNotLost() {
        TermTree tree = TermTree.all(List.of(parentChild, health));
        assertThat(tree.roots()).extracting(n -> n.term().getCode()).containsExactly("121", "2");
    }

    @Test
    void serviceAges() {
        Service s = new Service(1L, "Youth club", NOW);
        s.setAges(11, 19);
        assertThat(s.ageRange()).isEqualTo("11–19");
        s.setAges(null, 5);
        assertThat(s.ageRange()).isEqualTo("up to 5");
        assertThatThrownBy(() -> s.setAges(12, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.setAges(-1, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
