package org.acorn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo services each profile gets, planned without a database and checked against the seeded vocabularies. */
class DemoServicesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Set<String> SEEDED = new HashSet<>();

    @BeforeAll
    static void seededTerms() throws SQLException {
        String url = "jdbc:h2:mem:demoseed;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select x.code, t.code from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id")) {
            while (rs.next()) SEEDED.add(rs.getString(1) + ":" + rs.getString(2));
            s.execute("SHUTDOWN");
        }
    }

    static List<DemoServices.Plan> plans(DemoProfile profile) {
        List<DemoServices.Host> hosts = new ArrayList<>();
        Random r = new Random(1);
        for (int i = 0; i < profile.organisations; i++) {
            List<Integer> served = profile.districts.isEmpty() || i % 7 == 0 ? List.of()
                    : List.of(r.nextInt(profile.districts.size()));
            hosts.add(new DemoServices.Host("Organisation " + i, served));
        }
        return DemoServices.plan(profile, hosts, new Random(profile.ordinal() * 104_729L + 3), NOW);
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void everyOrganisationHasOneToFourServicesTaggedOnlyWithSeededTerms(DemoProfile profile) {
        List<DemoServices.Plan> plans = plans(profile);
        Map<Integer, Long> perHost = plans.stream().collect(Collectors.groupingBy(DemoServices.Plan::host, Collectors.counting()));
        assertThat(perHost).hasSize(profile.organisations);
        assertThat(perHost.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 4L));
        assertThat(perHost.values()).as("some have several").anySatisfy(n -> assertThat(n).isGreaterThan(2L));
        for (DemoServices.Plan p : plans) {
            p.terms().forEach((taxonomy, codes) -> assertThat(codes).allSatisfy(code ->
                    assertThat(SEEDED).as("seeded by V2").contains(taxonomy + ":" + code)));
            for (String taxonomy : List.of(Taxonomy.SERVICE_TYPE, Taxonomy.TARGET_GROUP, Taxonomy.DELIVERY,
                    Taxonomy.LEVEL_OF_NEED, Taxonomy.ACCESS_ROUTE)) {
                assertThat(p.terms().get(taxonomy)).as(taxonomy).isNotEmpty();
            }
            assertThat(p.minAge()).isBetween(0, p.maxAge());
            assertThat(p.maxAge()).isLessThanOrEqualTo(25);
            assertThat(p.description()).contains("Illustrative");
            assertThat(p.latitude().scale()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void outcomesAreSpreadAsTheMappingStudyFound(DemoProfile profile) {
        List<DemoServices.Plan> plans = plans(profile);
        double[] share = new double[5];
        for (int o = 0; o < 5; o++) {
            String code = String.valueOf(o + 1);
            share[o] = plans.stream().filter(p -> p.terms().get(Taxonomy.ECM).contains(code)).count() / (double) plans.size();
            assertThat(share[o]).as("outcome " + code).isCloseTo(DemoServices.OUTCOME_SHARE[o], within(0.08));
        }
        assertThat(share[4]).as("economic well-being least common")
                .isLessThan(share[0]).isLessThan(share[1]).isLessThan(share[2]).isLessThan(share[3]);
        // an indicator is only given with its outcome
        for (DemoServices.Plan p : plans) {
            List<String> ecm = p.terms().get(Taxonomy.ECM);
            ecm.stream().filter(c -> c.contains(".")).forEach(c -> assertThat(ecm).contains(c.substring(0, 1)));
        }
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void aboutAQuarterAreUnverifiedForOverAYearAndMostAreRunning(DemoProfile profile) {
        List<DemoServices.Plan> plans = plans(profile);
        long stale = plans.stream().filter(p -> p.lastVerified().isBefore(NOW.minus(Duration.ofDays(365)))).count();
        assertThat(stale / (double) plans.size()).isBetween(0.18, 0.38);
        assertThat(plans).allSatisfy(p -> assertThat(p.lastVerified()).isBefore(NOW.plusSeconds(1)));
        Map<ServiceStatus, Long> statuses = plans.stream().collect(Collectors.groupingBy(DemoServices.Plan::status, Collectors.counting()));
        assertThat(statuses.get(ServiceStatus.ACTIVE) / (double) plans.size()).isBetween(0.75, 0.95);
        assertThat(statuses).containsKeys(ServiceStatus.REDUCED, ServiceStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void locationsUseTheNetworksFictionalPostcodeAreaAndItsDistricts(DemoProfile profile) {
        String area = switch (profile) { case NETWORK -> "NF"; case GROUP -> "DB"; case FORUM -> "HT"; };
        int districts = profile.districts.isEmpty() ? 6 : profile.districts.size();
        for (DemoServices.Plan p : plans(profile)) {
            assertThat(p.postcode()).matches(area + "[1-" + districts + "] [0-9][A-Z]{2}");
            if (!profile.districts.isEmpty()) {
                int d = Integer.parseInt(p.postcode().substring(2, 3)) - 1;
                assertThat(p.address()).as("address names the postcode's district").endsWith(profile.districts.get(d));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void theSameProfileAlwaysGetsTheSameServices(DemoProfile profile) {
        assertThat(plans(profile)).isEqualTo(plans(profile));
    }
}
