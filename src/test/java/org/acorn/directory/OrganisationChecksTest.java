package org.acorn.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganisationChecksTest {

    @Test
    void namesThatDifferOnlyInCaseSpacingOrPunctuationClash() {
        assertThat(Organisation.nameKey("St. Mary's  Playgroup")).isEqualTo(Organisation.nameKey("st marys playgroup"));
        assertThat(Organisation.nameKey("Ashby Youth Club")).isNotEqualTo(Organisation.nameKey("Ashby Youth Club 2"));
    }

    @Test
    void organisationNameNeedsALetterOrNumberAndAFittingLength() {
        assertThat(OrganisationChecks.organisationName(null)).contains("give your organisation's name");
        assertThat(OrganisationChecks.organisationName("!!! ---")).contains("at least one letter or number");
        assertThat(OrganisationChecks.organisationName("é".repeat(201))).contains("at most 200");
        assertThat(OrganisationChecks.organisationName("a\u0000b")).contains("cannot store");
        assertThat(OrganisationChecks.organisationName("Parents & Carers (Ashby)")).isNull();
        assertThat(OrganisationChecks.organisationName("Café Ünïcode 子ども")).isNull();
    }

    @Test
    void emailAddressesMustLookLikeOne() {
        assertThat(OrganisationChecks.email("name@example.org", true)).isNull();
        assertThat(OrganisationChecks.email("first.last+join@mail.example.co.uk", true)).isNull();
        assertThat(OrganisationChecks.email(null, true)).contains("give an email");
        assertThat(OrganisationChecks.email(null, false)).isNull();
        for (String bad : new String[]{"not-an-email", "a@b", "a@@b.org", "<script>@x.org", "a b@example.org",
                "' OR 1=1 --@x.org", "name@example.org>"}) {
            assertThat(OrganisationChecks.email(bad, true)).as(bad).contains("does not look like an email");
        }
        assertThat(OrganisationChecks.email("a".repeat(250) + "@x.org", true)).contains("at most 254");
        assertThat(OrganisationChecks.normaliseEmail("  Name@Example.ORG ")).isEqualTo("name@example.org");
    }

    @Test
    void passwordsNeedTenCharactersAndToMatch() {
        assertThat(OrganisationChecks.password("short", "short")).contains("at least 10");
        assertThat(OrganisationChecks.password("long enough now", "long enough no")).contains("not the same");
        assertThat(OrganisationChecks.password("long enough now", "long enough now")).isNull();
        assertThat(OrganisationChecks.password("x".repeat(201), "x".repeat(201))).contains("at most 200");
    }

    @Test
    void websitesGetASchemeAndOnlyWebAddressesPass() {
        assertThat(OrganisationChecks.normaliseWebsite("www.example.org")).isEqualTo("https://www.example.org");
        assertThat(OrganisationChecks.website(OrganisationChecks.normaliseWebsite("www.example.org"))).isNull();
        assertThat(OrganisationChecks.website(OrganisationChecks.normaliseWebsite("http://example.org/about?x=1"))).isNull();
        assertThat(OrganisationChecks.website(OrganisationChecks.normaliseWebsite("javascript:alert(1)"))).isNotNull();
        assertThat(OrganisationChecks.website(OrganisationChecks.normaliseWebsite("not a website"))).isNotNull();
    }

    @Test
    void phoneNumbersUseDigitsAndPunctuationOnly() {
        assertThat(OrganisationChecks.phone("01234 567890")).isNull();
        assertThat(OrganisationChecks.phone("+44 (0)1234-567890")).isNull();
        assertThat(OrganisationChecks.phone("call me")).isNotNull();
    }

    @Test
    void joinFormReportsEachWrongFieldAndTidiesTheRest() {
        JoinForm form = new JoinForm();
        form.setOrganisationName("  Ashby   Young Carers ");
        form.setCharityNumber("12");
        form.setCompanyNumber("sc 123 456");
        form.setContactName("Ann");
        form.setEmail(" ANN@Example.org ");
        form.setPassword("short");
        form.setConfirm("short");
        Map<String, String> errors = form.normaliseAndCheck(true);
        assertThat(errors).containsOnlyKeys("type", "charityNumber", "districts", "password", "agreeTerms", "agreeListing");
        assertThat(form.getOrganisationName()).isEqualTo("Ashby   Young Carers");
        assertThat(form.getCompanyNumber()).isEqualTo("SC123456");
        assertThat(form.getEmail()).isEqualTo("ann@example.org");
    }

    @Test
    void districtsAreNotAskedForWithoutDistrictsAndCountyWideStandsForAll() {
        JoinForm form = valid();
        assertThat(form.normaliseAndCheck(false)).isEmpty();
        JoinForm countyWide = valid();
        countyWide.setCountyWide(true);
        countyWide.getDistricts().put(3L, true);
        assertThat(countyWide.normaliseAndCheck(true)).isEmpty();
        assertThat(countyWide.chosenDistricts()).as("county-wide replaces the district list").isEmpty();
        JoinForm some = valid();
        some.getDistricts().put(2L, true);
        some.getDistricts().put(5L, false);
        assertThat(some.normaliseAndCheck(true)).isEmpty();
        assertThat(some.chosenDistricts()).containsExactly(2L);
    }

    @Test
    void detailsFormAsksForAnAddressOrPhoneWhenThatIsHowTheyWantToHear() {
        OrganisationForm form = new OrganisationForm();
        form.setName("Ashby Family Centre");
        form.setType(OrganisationType.COMMUNITY_GROUP);
        form.setCountyWide(true);
        form.setContactPreference(ContactPreference.POST);
        assertThat(form.normaliseAndCheck(true)).containsOnlyKeys("postalAddress");
        form.setPostalAddress("1 High Street\nAshby");
        assertThat(form.normaliseAndCheck(true)).isEmpty();
        form.setContactPreference(ContactPreference.PHONE);
        assertThat(form.normaliseAndCheck(true)).containsOnlyKeys("contactPhone");
        form.setContactPreference(null);
        form.setDescription("x".repeat(2001));
        assertThat(form.normaliseAndCheck(true)).containsKeys("contactPreference", "description");
    }

    private static JoinForm valid() {
        JoinForm form = new JoinForm();
        form.setOrganisationName("Ashby Young Carers");
        form.setType(OrganisationType.COMMUNITY_GROUP);
        form.setContactName("Ann Ahmed");
        form.setEmail("ann@example.org");
        form.setPassword("a long password");
        form.setConfirm("a long password");
        form.setAgreeTerms(true);
        form.setAgreeListing(true);
        return form;
    }
}
