package org.acorn.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each hash or check costs about half a second by design, so one hash is shared by the tests. */
class PasswordHasherTest {

    static final String PASSWORD = "correct horse battery staple";
    static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = PasswordHasher.hash(PASSWORD.toCharArray());
    }

    @Test
    void theRightPasswordVerifies() {
        assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNot() {
        assertThat(PasswordHasher.verify("correct horse battery stapler".toCharArray(), stored)).isFalse();
        assertThat(PasswordHasher.verify(new char[0], stored)).isFalse();
    }

    @Test
    void theFormatNamesTheAlgorithmAndStoresTheIterationCountAndARandomSalt() {
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("600000").isEqualTo(String.valueOf(PasswordHasher.ITERATIONS));
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(PasswordHasher.hash(PASSWORD.toCharArray())).as("new salt each time").isNotEqualTo(stored);
    }

    @Test
    void aTamperedHashDoesNotVerify() {
        String[] parts = stored.split("\\$");
        char first = parts[3].charAt(0);
        String changedKey = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + (first == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), changedKey)).isFalse();
        char s = parts[2].charAt(0);
        String changedSalt = parts[0] + "$" + parts[1] + "$" + (s == 'A' ? 'B' : 'A') + parts[2].substring(1) + "$" + parts[3];
        assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), changedSalt)).isFalse();
    }

    @Test
    void malformedStoredValuesAreRefusedWithoutAnError() {
        String[] parts = stored.split("\\$");
        for (String bad : new String[] {null, "", "plain-text-password", PASSWORD,
                "md5$600000$" + parts[2] + "$" + parts[3],
                parts[0] + "$lots$" + parts[2] + "$" + parts[3],
                parts[0] + "$0$" + parts[2] + "$" + parts[3],
                parts[0] + "$-1$" + parts[2] + "$" + parts[3],
                parts[0] + "$99999999$" + parts[2] + "$" + parts[3],
                parts[0] + "$600000$not base64!$" + parts[3],
                parts[0] + "$600000$" + parts[2] + "$" + parts[3].substring(4),
                parts[0] + "$600000$$" + parts[3],
                stored + "$extra"}) {
            assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void theDecoyIsAWellFormedHashThatNoGuessMatches() {
        String decoy = PasswordHasher.decoy();
        assertThat(decoy).startsWith("pbkdf2-sha256$600000$").isEqualTo(PasswordHasher.decoy());
        for (String guess : new String[] {"", "password", "acorn-demo-2026", PASSWORD}) {
            assertThat(PasswordHasher.verify(guess.toCharArray(), decoy)).as(guess).isFalse();
        }
    }

    @Test
    void aConfiguredCountIsUsedForNewHashesWithinBoundsAndOldHashesStillVerify() {
        String before = PasswordHasher.hash("old password".toCharArray());
        try {
            PasswordHasher.useIterations(5);
            assertThat(PasswordHasher.iterations()).isEqualTo(1_000);
            String cheap = PasswordHasher.hash("new password".toCharArray());
            assertThat(cheap).startsWith("pbkdf2-sha256$1000$");
            assertThat(PasswordHasher.decoy()).startsWith("pbkdf2-sha256$1000$");
            assertThat(PasswordHasher.verify("new password".toCharArray(), cheap)).isTrue();
            assertThat(PasswordHasher.verify("old password".toCharArray(), before)).isTrue();
            PasswordHasher.useIterations(Integer.MAX_VALUE);
            assertThat(PasswordHasher.iterations()).isEqualTo(10_000_000);
        } finally {
            PasswordHasher.useIterations(PasswordHasher.ITERATIONS);
        }
    }
}
