package org.acorn.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeographyTest {

    @Test
    void distancesAreGreatCircleMetres() {
        // Derby to Nottingham: about 20.7 km
        assertThat(Distance.metres(52.9225, -1.4746, 52.9548, -1.1581)).isCloseTo(21_500, within(1_500.0));
        assertThat(Distance.metres(53.1, -1.5, 53.1, -1.5)).isZero();
        double[] box = Distance.box(53.1, -1.5, 5000);
        assertThat(Distance.metres(53.1, -1.5, box[1], -1.5)).isCloseTo(5000, within(1.0));
        assertThat(box[3] - box[2]).isGreaterThan(box[1] - box[0]);
    }

    @Test
    void postcodeCentreFallsBackFromFullToSectorToDistrict() {
        List<Postcodes.Held> held = List.of(new Postcodes.Held("DB3 5XY", 53.0, -1.0), new Postcodes.Held("db3 5xy", 53.2, -1.2),
                new Postcodes.Held("DB3 5AB", 54.0, -2.0), new Postcodes.Held("DB3 7QQ", 55.0, -3.0),
                new Postcodes.Held("DB31 1AA", 60.0, 1.0));
        assertThat(Postcodes.centre("DB3 5XY", held)).hasValueSatisfying(c -> assertThat(c.latitude()).isCloseTo(53.1, within(1e-9)));
        assertThat(Postcodes.centre("DB3 5ZZ", held)).hasValueSatisfying(c -> assertThat(c.latitude()).isCloseTo(53.4, within(1e-9)));
        assertThat(Postcodes.centre("DB3 9ZZ", held)).hasValueSatisfying(c -> assertThat(c.latitude()).isCloseTo(53.8, within(1e-9)));
        assertThat(Postcodes.centre("DB3", held)).hasValueSatisfying(c -> assertThat(c.latitude()).isCloseTo(53.8, within(1e-9)));
        assertThat(Postcodes.centre("ZZ9 9ZZ", held)).isEmpty();
        assertThat(Postcodes.outward("db31 1aa")).isEqualTo("DB31");
    }

    @Test
    void derivedIdsAreStableUuids() {
        String a = Ids.derived("location", "3f7b145d-84af-42d7-8fae-eaca714b02b2");
        assertThat(a).isEqualTo(Ids.derived("location", "3f7b145d-84af-42d7-8fae-eaca714b02b2"))
                .isNotEqualTo(Ids.derived("address", "3f7b145d-84af-42d7-8fae-eaca714b02b2"));
        assertThat(Ids.parse(a)).isPresent();
        assertThat(Ids.parse("1-1-1-1-1")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
    }
}
