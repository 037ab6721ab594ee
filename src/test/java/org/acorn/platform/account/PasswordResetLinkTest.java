package org.acorn.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.acorn.platform.security.Tokens;
import org.junit.jupiter.api.Test;

/** When an emailed link (reset or confirmation) still works: the expiry the integration test cannot wait for. */
class PasswordResetLinkTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration LIFE = Duration.ofMinutes(60);

    private static AccountToken link() {
        return new AccountToken(42L, AccountToken.Purpose.RESET_PASSWORD, Tokens.hash(Tokens.newToken()), ISSUED,
                ISSUED.plus(LIFE));
    }

    @Test
    void worksUntilItsLifeIsOver() {
        AccountToken link = link();
        assertThat(AccountTokens.stateOf(link, ISSUED)).isEqualTo(AccountTokens.State.USABLE);
        assertThat(AccountTokens.stateOf(link, ISSUED.plus(LIFE).minusMillis(1))).isEqualTo(AccountTokens.State.USABLE);
        assertThat(AccountTokens.stateOf(link, ISSUED.plus(LIFE))).isEqualTo(AccountTokens.State.EXPIRED);
        assertThat(AccountTokens.stateOf(link, ISSUED.plus(Duration.ofDays(30)))).isEqualTo(AccountTokens.State.EXPIRED);
    }

    @Test
    void oneUseSpendsIt() {
        AccountToken link = link();
        link.spend(ISSUED.plusSeconds(60));
        assertThat(AccountTokens.stateOf(link, ISSUED.plusSeconds(61))).isEqualTo(AccountTokens.State.USED);
        assertThat(AccountTokens.stateOf(link, ISSUED.plus(LIFE).plusSeconds(1))).as("used wins over expired")
                .isEqualTo(AccountTokens.State.USED);
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(Tokens.looksValid(Tokens.newToken())).isTrue();
        assertThat(Tokens.looksValid("abc")).isFalse();
        assertThat(Tokens.looksValid("<script>alert(1)</script>-----------------")).isFalse();
        assertThat(Tokens.looksValid(null)).isFalse();
    }
}
