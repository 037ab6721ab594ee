package org.acorn.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensAre43UrlSafeCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String t = Tokens.newToken();
            assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Tokens.looksValid(t)).isTrue();
            assertThat(seen.add(t)).isTrue();
        }
    }

    @Test
    void publicIdsAre32LowerCaseHexCharacters() {
        assertThat(Tokens.newPublicId()).hasSize(32).matches("[0-9a-f]+").isNotEqualTo(Tokens.newPublicId());
    }

    @Test
    void looksValidRefusesAnythingElse() {
        String good = Tokens.newToken();
        for (String bad : new String[] {null, "", " ", good.substring(1), good + "A", " " + good.substring(1),
                good.substring(1) + "=", good.substring(1) + "+", good.substring(1) + "/", good.substring(1) + ".",
                good.substring(1) + "é", good.substring(1) + "\n", "' OR 1=1 --" + "a".repeat(32),
                "<script>alert(1)</script>" + "a".repeat(18), "a".repeat(5000)}) {
            assertThat(Tokens.looksValid(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void theHashIsHexSha256AndStable() {
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String t = Tokens.newToken();
        assertThat(Tokens.hash(t)).hasSize(64).matches("[0-9a-f]+").isEqualTo(Tokens.hash(t))
                .isNotEqualTo(Tokens.hash(t + "x")).doesNotContain(t);
        assertThat(Tokens.hash("é")).as("hashed as UTF-8").isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }
}
