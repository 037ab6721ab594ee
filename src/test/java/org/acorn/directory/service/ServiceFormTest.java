package org.acorn.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceFormTest {

    static ServiceForm valid() {
        ServiceForm f = ServiceForm.blank();
        f.setName("  Stay and Play  ");
        f.getPlaces().get(0).setAddress("Chapel Hall");
        f.getPlaces().get(0).setPostcode("s11 8tp");
        return f;
    }

    @Test
    void aSensibleFormIsTidiedAndAccepted() {
        ServiceForm f = valid();
        f.setMinAge(" 0 ");
        f.setMaxAge("5");
        f.setTermIds(List.of("2", "124"));
        assertThat(f.normaliseAndCheck()).isEmpty();
        assertThat(f.getName()).isEqualTo("Stay and Play");
        assertThat(f.min()).isZero();
        assertThat(f.max()).isEqualTo(5);
        assertThat(f.filledPlaces()).singleElement().satisfies(p -> assertThat(p.getPostcode()).isEqualTo("S11 8TP"));
        assertThat(f.chosenTerms()).containsExactly(2L, 124L);
    }

    @Test
    void agesMustBeWholeNumbersFromZeroToTwentyFiveWithTheYoungestFirst() {
        ServiceForm f = valid();
        f.setMinAge("10");
        f.setMaxAge("5");
        assertThat(f.normaliseAndCheck()).containsOnlyKeys("maxAge");
        f.setMinAge("26");
        f.setMaxAge("-1");
        assertThat(f.normaliseAndCheck()).containsKeys("minAge", "maxAge");
        f.setMinAge("five");
        f.setMaxAge(null);
        assertThat(f.normaliseAndCheck().get("minAge")).contains("whole number from 0 to 25");
    }

    @Test
    void aPlaceNeedsAUkPostcodeAndCoordinatesInTheUkTogether() {
        ServiceForm f = valid();
        f.addPlace();
        ServiceForm.Place second = f.getPlaces().get(1);
        second.setPostcode("XYZ");
        second.setLatitude("95");
        Map<String, String> errors = f.normaliseAndCheck();
        assertThat(errors.get("places:1:postcode")).contains("not a UK postcode");
        assertThat(errors.get("places:1:latitude")).contains("between 49 and 61");

        second.setPostcode("DE1 2AB");
        second.setLatitude("52.9225");
        assertThat(f.normaliseAndCheck().get("places:1:longitude")).contains("both latitude and longitude");
        second.setLongitude("-1.4746");
        assertThat(f.normaliseAndCheck()).isEmpty();
        assertThat(second.lat()).isEqualByComparingTo(new BigDecimal("52.9225"));
        second.setLongitude("west");
        assertThat(f.normaliseAndCheck().get("places:1:longitude")).contains("decimal number");
    }

    @Test
    void atLeastOnePlaceIsNeededAndBlankRowsAreIgnored() {
        ServiceForm f = ServiceForm.blank();
        f.setName("Helpline");
        f.addPlace();
        assertThat(f.normaliseAndCheck().get("places:0:postcode")).contains("at least one place");
        f.getPlaces().get(1).setPostcode("DE1 2AB");
        assertThat(f.normaliseAndCheck()).isEmpty();
        assertThat(f.filledPlaces()).hasSize(1);
    }

    @Test
    void oversizedAndControlCharacterTextIsRefusedByField() {
        ServiceForm f = valid();
        f.setName("x".repeat(201));
        f.setDescription("y".repeat(2001));
        f.setHowToRefer("call \u0000 us");
        f.setCostText("£".repeat(301));
        Map<String, String> errors = f.normaliseAndCheck();
        assertThat(errors.get("name")).contains("at most 200");
        assertThat(errors.get("description")).contains("at most 2000");
        assertThat(errors.get("howToRefer")).contains("cannot store");
        assertThat(errors.get("costText")).contains("at most 300");
    }

    @Test
    void scriptIsJustTextHereTheTemplatesEscapeIt() {
        ServiceForm f = valid();
        f.setDescription("<script>alert(1)</script>");
        assertThat(f.normaliseAndCheck()).isEmpty();
        assertThat(f.getDescription()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void termIdsMustBeNumbersAndNotTooMany() {
        ServiceForm f = valid();
        f.setTermIds(List.of("2", "1 OR 1=1"));
        assertThat(f.normaliseAndCheck().get("terms")).contains("choose terms from the lists");
        f.setTermIds(java.util.stream.IntStream.range(0, 301).mapToObj(String::valueOf).toList());
        assertThat(f.normaliseAndCheck().get("terms")).contains("Too many");
    }

    @Test
    void aNameIsRequiredAndTheTicksSurviveARefusal() {
        ServiceForm f = valid();
        f.setName("   ");
        f.setTermIds(List.of("7"));
        assertThat(f.normaliseAndCheck().get("name")).contains("Please give the service a name");
        assertThat(f.ticked(7L)).isTrue();
        assertThat(f.ticked(8L)).isFalse();
    }

    @Test
    void removingTheLastPlaceLeavesABlankRowAndAddingStopsAtTheLimit() {
        ServiceForm f = ServiceForm.blank();
        f.removePlace(0);
        assertThat(f.getPlaces()).hasSize(1);
        f.removePlace(7);
        for (int i = 0; i < 30; i++) f.addPlace();
        assertThat(f.getPlaces()).hasSize(ServiceForm.LOCATIONS_MAX);
    }
}
