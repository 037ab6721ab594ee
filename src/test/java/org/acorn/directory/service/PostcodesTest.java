package org.acorn.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource({"s11 8tp,S11 8TP", "S118TP,S11 8TP", "  de1   2ab ,DE1 2AB", "ec1a1bb,EC1A 1BB", "w1a 0ax,W1A 0AX",
            "M1 1AE,M1 1AE", "gir0aa,GIR 0AA"})
    void typedPostcodesAreTidiedAndAccepted(String typed, String stored) {
        assertThat(Postcodes.normalise(typed)).isEqualTo(stored);
        assertThat(Postcodes.valid(Postcodes.normalise(typed))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "12345", "S11 8T", "S11 8TPX", "'; DROP TABLE service; --", "<script>", "../../etc",
            "S11 8CI", "QQ1 1AA1"})
    void anythingElseIsRefused(String typed) {
        assertThat(Postcodes.valid(Postcodes.normalise(typed))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothingTypedIsNoPostcode(String typed) {
        assertThat(Postcodes.normalise(typed)).isNull();
    }
}
