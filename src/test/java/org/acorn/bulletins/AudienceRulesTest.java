package org.acorn.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.acorn.bulletins.audience.AudienceRules;
import org.acorn.bulletins.audience.AudienceSpec;
import org.acorn.bulletins.audience.Recipient;
import org.junit.jupiter.api.Test;

class AudienceRulesTest {

    static Recipient person(long id, String email, boolean post) {
        return person(id, email, post ? Recipient.POST : Recipient.EMAIL);
    }

    static Recipient person(long id, String email, String preference) {
        return new Recipient(id, null, email, "Person " + id, "Org", "1 Road", "01632 960000", preference, false);
    }

    @Test
    void oneEmailPerAddressWhateverItsCaseAndHowOftenTheAudienceFindsIt() {
        AudienceRules.Lists lists = AudienceRules.apply(List.of(person(1, "Dee@Example.org", false), person(2, "dee@example.org ", false),
                person(3, "sam@example.org", false)), Set.of(), Set.of(), Set.of());
        assertThat(lists.email()).extracting(Recipient::accountId).containsExactly(1L, 3L);
        assertThat(lists.duplicates()).isEqualTo(1);
    }

    @Test
    void peopleWhoChoseNothingAreLeftOutAndPostGoesToThePrintList() {
        AudienceRules.Lists lists = AudienceRules.apply(List.of(person(1, "a@example.org", false), person(2, "b@example.org", true),
                person(3, "c@example.org", false)), Set.of(3L), Set.of(), Set.of());
        assertThat(lists.email()).extracting(Recipient::accountId).containsExactly(1L);
        assertThat(lists.post()).extracting(Recipient::accountId).containsExactly(2L);
        assertThat(lists.optedOut()).isEqualTo(1);
    }

    @Test
    void refusedAndBlankAddressesAreNotTriedAgain() {
        AudienceRules.Lists lists = AudienceRules.apply(List.of(person(1, "gone@example.org", false), person(2, "", false),
                person(3, "ok@example.org", false)), Set.of(), Set.of(), Set.of("gone@example.org"));
        assertThat(lists.email()).extracting(Recipient::email).containsExactly("ok@example.org");
        assertThat(lists.refused()).isEqualTo(2);
    }

    @Test
    void outsideContactsHaveNoAccountAndAreNeverOptedOutByAccountChoices() {
        Recipient contact = new Recipient(null, 7L, "commissioner@council.example", "C", null, null, null, Recipient.EMAIL, false);
        assertThat(AudienceRules.apply(List.of(contact), Set.of(7L), Set.of(), Set.of()).email()).containsExactly(contact);
    }

    @Test
    void phoneMeansTheCallListNotEmailUnlessThePersonChoseTheTopicThemselves() {
        AudienceRules.Lists lists = AudienceRules.apply(List.of(person(1, "a@example.org", Recipient.PHONE),
                person(2, "b@example.org", Recipient.PHONE), person(3, "c@example.org", Recipient.POST),
                person(4, "d@example.org", Recipient.EMAIL)), Set.of(), Set.of(2L, 3L), Set.of());
        assertThat(lists.phone()).extracting(Recipient::accountId).containsExactly(1L, 2L);
        assertThat(lists.post()).extracting(Recipient::accountId).containsExactly(3L);
        // 2 and 3 chose bulletins themselves: their organisation is rung or posted to, and they get the email too
        assertThat(lists.email()).extracting(Recipient::accountId).containsExactly(2L, 3L, 4L);
    }

    @Test
    void audienceSpecsRoundTripAndRejectEverythingElse() {
        for (String s : List.of("all", "district-3", "term-12", "representatives", "management", "body-5", "development", "list-Commissioners")) {
            assertThat(AudienceSpec.parse(s)).as(s).hasValueSatisfying(a -> assertThat(a.format()).isEqualTo(s));
        }
        for (String bad : List.of("", "everyone", "district-", "district-x", "body--1", "list-", "list-<script>", "all; drop table",
                "term-1234567890123456789", "list-" + "x".repeat(61))) {
            assertThat(AudienceSpec.parse(bad)).as(bad).isEmpty();
        }
        assertThat(AudienceSpec.parse(null)).isEmpty();
    }
}
