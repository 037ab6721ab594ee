package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void namesThatDifferOnlyInCaseSpacingAndPunctuationShareAKey() {
        assertThat(Organisation.nameKey("St. Mary's  Playgroup")).isEqualTo("st marys playgroup")
                .isEqualTo(Organisation.nameKey("st marys playgroup"))
                .isEqualTo(Organisation.nameKey("ST MARY’S PLAYGROUP"))
                .isEqualTo(Organisation.nameKey("  St Mary's - Playgroup!  "));
        assertThat(Organisation.nameKey("Hope-Street Family Support")).isEqualTo("hope street family support");
    }

    @Test
    void lettersAndDigitsOfAnyScriptAreKept() {
        assertThat(Organisation.nameKey("Ysgol Feithrin Caerdydd 2")).isEqualTo("ysgol feithrin caerdydd 2");
        assertThat(Organisation.nameKey("Café Ünity")).isEqualTo("café ünity");
        assertThat(Organisation.nameKey("Café")).as("accents are not folded").isNotEqualTo(Organisation.nameKey("Cafe"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(Organisation.nameKey("St Marys Playgroup")).isNotEqualTo(Organisation.nameKey("St Mary Playgroup"));
        assertThat(Organisation.nameKey(null)).isNull();
        assertThat(Organisation.nameKey("!!!")).isEmpty();
    }

    @Test
    void renamingTrimsAndUpdatesTheKey() {
        Organisation o = new Organisation("  Little Acorns  ", OrganisationType.COMMUNITY_GROUP, Instant.EPOCH);
        assertThat(o.getName()).isEqualTo("Little Acorns");
        assertThat(o.getNameKey()).isEqualTo("little acorns");
        o.rename("Little Acorns (Riverside)");
        assertThat(o.getNameKey()).isEqualTo("little acorns riverside");
    }
}
