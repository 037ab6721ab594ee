package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1187402", "12345678", "1187402-1", "1187402-12", " 1187 402 "})
    void acceptsEnglandAndWalesCharityNumbers(String typed) {
        assertThat(OrganisationNumbers.validCharity(OrganisationNumbers.normaliseCharity(typed))).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "123456789", "SC012345", "1187402-", "1187402-1234", "11874O2", "' OR 1=1 --",
            "<script>", "1187402/1"})
    void refusesOtherCharityNumbers(String typed) {
        assertThat(OrganisationNumbers.validCharity(OrganisationNumbers.normaliseCharity(typed))).as(typed).isFalse();
    }

    @Test
    void charityNumberIsStoredWithoutSpacesAndEmptyMeansNone() {
        assertThat(OrganisationNumbers.normaliseCharity(" 1187 402 ")).isEqualTo("1187402");
        assertThat(OrganisationNumbers.normaliseCharity("1187402–1")).as("en dash typed by a word processor").isEqualTo("1187402-1");
        assertThat(OrganisationNumbers.normaliseCharity("   ")).isNull();
        assertThat(OrganisationNumbers.validCharity(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01234567", "SC123456", "sc123456", "oc 123 456", " NI012345 "})
    void acceptsCompanyNumbersInAnyCaseAndSpacing(String typed) {
        assertThat(OrganisationNumbers.validCompany(OrganisationNumbers.normaliseCompany(typed))).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "S1234567", "SCX12345", "ABC12345", "12-34-56-78", "<b>12345678"})
    void refusesOtherCompanyNumbers(String typed) {
        assertThat(OrganisationNumbers.validCompany(OrganisationNumbers.normaliseCompany(typed))).as(typed).isFalse();
    }

    @Test
    void companyNumberIsUpperCasedWithoutSpaces() {
        assertThat(OrganisationNumbers.normaliseCompany("sc 123 456")).isEqualTo("SC123456");
        assertThat(OrganisationNumbers.normaliseCompany("")).isNull();
    }
}
