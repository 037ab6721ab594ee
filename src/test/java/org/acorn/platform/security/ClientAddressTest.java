package org.acorn.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void anUntrustedPeerIsTheAddressWhateverItClaims() {
        assertThat(ClientAddress.resolve("203.0.113.5", "198.51.100.7", PROXIES)).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.resolve("203.0.113.5", "10.0.0.1", PROXIES)).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.resolve("203.0.113.5", "198.51.100.7", Set.of())).as("no proxies configured")
                .isEqualTo("203.0.113.5");
    }

    @Test
    void withoutForwardedForThePeerIsTheAddress() {
        assertThat(ClientAddress.resolve("10.0.0.1", null, PROXIES)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.resolve("10.0.0.1", "  ", PROXIES)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.resolve("10.0.0.1", " , ,", PROXIES)).isEqualTo("10.0.0.1");
    }

    @Test
    void aTrustedProxyIsBelievedForTheNearestHopThatIsNotOneOfOurs() {
        assertThat(ClientAddress.resolve("10.0.0.1", "198.51.100.7", PROXIES)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("10.0.0.1", " 198.51.100.7 ", PROXIES)).isEqualTo("198.51.100.7");
        // client → proxy 10.0.0.2 → proxy 10.0.0.1 → us
        assertThat(ClientAddress.resolve("10.0.0.1", "198.51.100.7, 10.0.0.2", PROXIES)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("10.0.0.1", "10.0.0.2, 10.0.0.1", PROXIES)).as("only our own hops")
                .isEqualTo("10.0.0.1");
    }

    @Test
    void addressesTheClientAddsItselfAreIgnored() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real address
        assertThat(ClientAddress.resolve("10.0.0.1", "1.2.3.4, 198.51.100.7", PROXIES)).isEqualTo("198.51.100.7");
        // a client pretending to be our proxy gains nothing either
        assertThat(ClientAddress.resolve("10.0.0.1", "1.2.3.4, 10.0.0.2, 198.51.100.7", PROXIES)).isEqualTo("198.51.100.7");
        // a fresh address per request does not escape throttling: the real hop is still the last
        assertThat(ClientAddress.resolve("10.0.0.1", "9.9.9." + System.nanoTime() % 255 + ", 198.51.100.7", PROXIES))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void anOverlongHopIsCutSoItCannotBloatTheThrottleTable() {
        String junk = "x".repeat(5000);
        assertThat(ClientAddress.resolve("10.0.0.1", junk, PROXIES)).hasSize(64);
    }
}
