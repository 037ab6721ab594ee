package org.acorn.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final String EMAIL = "dee.wright@example.org";

    @Test
    void aLongOrdinaryPhraseIsAccepted() {
        assertThat(PasswordRules.problem("kettle orchard bicycle", EMAIL)).isEmpty();
    }

    @Test
    void tenCharactersIsTheShortestAccepted() {
        assertThat(PasswordRules.problem("tqbfjotl9x", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("tqbfjotl9", EMAIL)).get().asString().contains("at least 10 characters");
    }

    @Test
    void twoHundredCharactersIsTheLongestAccepted() {
        assertThat(PasswordRules.problem("ab".repeat(100), EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("ab".repeat(100) + "c", EMAIL)).get().asString().contains("at most 200");
    }

    @Test
    void lengthCountsCharactersNotCodeUnits() {
        // nine emoji are 18 UTF-16 units but only nine characters: too short
        assertThat(PasswordRules.problem("🌰".repeat(9), EMAIL)).get().asString().contains("at least 10");
        assertThat(PasswordRules.problem("🌰".repeat(10), EMAIL)).isEmpty();
        // 200 emoji are 400 units but 200 characters: allowed
        assertThat(PasswordRules.problem("🌰".repeat(200), EMAIL)).isEmpty();
    }

    @Test
    void emptyOrMissingIsRefused() {
        assertThat(PasswordRules.problem("", EMAIL)).get().asString().contains("choose a password");
        assertThat(PasswordRules.problem(null, EMAIL)).get().asString().contains("choose a password");
    }

    @Test
    void theAccountsOwnEmailIsRefusedWhateverItsCase() {
        assertThat(PasswordRules.problem(EMAIL, EMAIL)).get().asString().contains("email address");
        assertThat(PasswordRules.problem("Dee.Wright@Example.ORG", EMAIL)).get().asString().contains("email address");
        assertThat(PasswordRules.problem(" dee.wright@example.org ", " DEE.WRIGHT@example.org")).isPresent();
        // someone else's address is just a (poor but allowed) password
        assertThat(PasswordRules.problem("someone.else@example.org", EMAIL)).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordRules.problem("password123", EMAIL)).get().asString().contains("most common");
        assertThat(PasswordRules.problem("QWERTYUIOP", EMAIL)).get().asString().contains("most common");
        assertThat(PasswordRules.problem("1234567890", EMAIL)).get().asString().contains("most common");
        assertThat(PasswordRules.problem("password1234x", EMAIL)).isEmpty();
    }

    @Test
    void theListIsLoadedAndHoldsOnlyPasswordsTheLengthRuleWouldLetThrough() {
        assertThat(PasswordRules.commonCount()).isGreaterThanOrEqualTo(50);
        assertThat(PasswordRules.isCommon("letmein123")).isTrue();
        assertThat(PasswordRules.isCommon("# Very common passwords")).as("comment lines are not entries").isFalse();
    }

    @Test
    void hostileTextIsJustCharacters() {
        assertThat(PasswordRules.problem("<script>alert(1)</script>", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("' OR 1=1 -- ", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("ü".repeat(5000), EMAIL)).get().asString().contains("at most 200");
    }
}
