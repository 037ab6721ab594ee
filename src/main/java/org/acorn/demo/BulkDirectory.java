package org.acorn.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.IncomeBand;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationType;

/**
 * Fills a migrated, otherwise empty database with a large directory for benchmarks: N member organisations
 * and M services planned exactly as the demo's ({@link DemoServices}), written with JDBC batches because
 * persisting 100,000 entities one by one would take longer than the benchmark. Deterministic for a seed.
 */
public final class BulkDirectory {

    private static final int BATCH = 1_000;
    private static final String[] PLACES = {"Ashby", "Brookside", "Castle Hill", "Dale End", "Eastgate", "Fernlea",
            "Glenview", "Hillcrest", "Ironbridge", "Juniper", "Kingsmead", "Larkfield", "Meadowbank", "Northgate",
            "Oakwood", "Parkside", "Queensway", "Riverside", "Stonebridge", "Thornbury", "Underhill", "Westfield"};
    private static final String[] KINDS = {"Family Centre", "Youth Club", "Playgroup", "Pre-school", "Young Carers",
            "Parents' Forum", "Dads' Group", "Scouts", "Community Trust", "SEND Parents Group", "Youth Theatre",
            "Football Club", "Mentoring Project", "Refugee Family Support", "Counselling Service", "Holiday Club"};

    private BulkDirectory() { }

    /** What was written. */
    public record Filled(int organisations, int services) { }

    /** @param model "network", "group" or "forum": whose districts and place names the directory gets */
    public static Filled fill(Connection c, String model, int organisations, int services, long seed, Instant now)
            throws SQLException {
        DemoProfile profile = DemoProfile.of(model);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<Long> districts = districts(c, profile);
            Map<String, Long> terms = terms(c);
            Random random = new Random(seed);
            List<Long> orgIds = new ArrayList<>();
            List<DemoServices.Host> hosts = new ArrayList<>();
            insertOrganisations(c, organisations, districts, random, now, orgIds, hosts);
            int written = insertServices(c, profile, services, hosts, orgIds, terms, random, now);
            c.commit();
            return new Filled(orgIds.size(), written);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<Long> districts(Connection c, DemoProfile profile) throws SQLException {
        List<Long> ids = ids(c, "select id from district order by sort_order");
        if (!ids.isEmpty() || profile.districts.isEmpty()) return ids;
        try (PreparedStatement insert = c.prepareStatement("insert into district (name, sort_order) values (?, ?)")) {
            for (int i = 0; i < profile.districts.size(); i++) {
                insert.setString(1, profile.districts.get(i));
                insert.setInt(2, i + 1);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids(c, "select id from district order by sort_order");
    }

    private static Map<String, Long> terms(Connection c) throws SQLException {
        Map<String, Long> terms = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select x.code, t.code, t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id")) {
            while (rs.next()) terms.put(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3));
        }
        return terms;
    }

    private static void insertOrganisations(Connection c, int count, List<Long> districts, Random random, Instant now,
                                            List<Long> orgIds, List<DemoServices.Host> hosts) throws SQLException {
        OrganisationType[] types = OrganisationType.values();
        IncomeBand[] bands = IncomeBand.values();
        long first = nextId(c, "organisation");
        try (PreparedStatement org = c.prepareStatement("insert into organisation (id, name, name_key, org_type,"
                + " county_wide, income_band, contact_name, contact_email, contact_preference, description,"
                + " membership_status, joined_at, last_verified_at, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement served = c.prepareStatement(
                     "insert into organisation_district (organisation_id, district_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                String name = PLACES[random.nextInt(PLACES.length)] + " " + KINDS[random.nextInt(KINDS.length)] + " " + (i + 1);
                boolean countyWide = districts.isEmpty() || random.nextDouble() < 0.15;
                Instant joined = now.minus(Duration.ofDays(7 + random.nextInt(2500)));
                org.setLong(1, id);
                org.setString(2, name);
                org.setString(3, Organisation.nameKey(name));
                org.setString(4, types[random.nextInt(types.length)].name());
                org.setBoolean(5, countyWide);
                org.setString(6, bands[random.nextInt(bands.length)].name());
                org.setString(7, "Contact " + (i + 1));
                org.setString(8, "info" + (i + 1) + "@bench.example.org");
                org.setString(9, ContactPreference.EMAIL.name());
                org.setString(10, "Benchmark organisation working with children and families.");
                org.setString(11, MembershipStatus.MEMBER.name());
                org.setTimestamp(12, Timestamp.from(joined));
                org.setTimestamp(13, Timestamp.from(joined.plus(Duration.ofDays(random.nextInt(400)))));
                org.setTimestamp(14, Timestamp.from(now));
                org.setTimestamp(15, Timestamp.from(now));
                org.addBatch();
                List<Integer> area = new ArrayList<>();
                if (!countyWide) {
                    int d = random.nextInt(districts.size());
                    area.add(d);
                    served.setLong(1, id);
                    served.setLong(2, districts.get(d));
                    served.addBatch();
                }
                orgIds.add(id);
                hosts.add(new DemoServices.Host(name, area));
                if ((i + 1) % BATCH == 0) {
                    org.executeBatch();
                    served.executeBatch();
                }
            }
            org.executeBatch();
            served.executeBatch();
        }
    }

    private static int insertServices(Connection c, DemoProfile profile, int count, List<DemoServices.Host> hosts,
                                      List<Long> orgIds, Map<String, Long> terms, Random random, Instant now)
            throws SQLException {
        long first = nextId(c, "service");
        int written = 0;
        try (PreparedStatement service = c.prepareStatement("insert into service (id, organisation_id, name, description,"
                + " eligibility, how_to_refer, cost_text, is_free, min_age, max_age, languages, opening_times,"
                + " send_relevant, status, last_verified_at, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement location = c.prepareStatement("insert into service_location (service_id, address,"
                     + " postcode, latitude, longitude) values (?, ?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement("insert into service_term (service_id, term_id) values (?, ?)")) {
            while (written < count) {
                for (DemoServices.Plan plan : DemoServices.plan(profile, hosts, random, now)) {
                    if (written == count) break;
                    long id = first + written;
                    service.setLong(1, id);
                    service.setLong(2, orgIds.get(plan.host()));
                    service.setString(3, plan.name());
                    service.setString(4, plan.description());
                    service.setString(5, plan.eligibility());
                    service.setString(6, plan.howToRefer());
                    service.setString(7, plan.cost());
                    service.setBoolean(8, plan.free());
                    service.setInt(9, plan.minAge());
                    service.setInt(10, plan.maxAge());
                    service.setString(11, plan.languages());
                    service.setString(12, plan.openingTimes());
                    service.setBoolean(13, plan.sendRelevant());
                    service.setString(14, plan.status().name());
                    service.setTimestamp(15, Timestamp.from(plan.lastVerified()));
                    service.setTimestamp(16, Timestamp.from(now));
                    service.setTimestamp(17, Timestamp.from(now));
                    service.addBatch();
                    location.setLong(1, id);
                    location.setString(2, plan.address());
                    location.setString(3, plan.postcode());
                    location.setBigDecimal(4, plan.latitude());
                    location.setBigDecimal(5, plan.longitude());
                    location.addBatch();
                    for (Map.Entry<String, List<String>> e : plan.terms().entrySet()) {
                        for (String code : e.getValue()) {
                            Long term = terms.get(e.getKey() + ":" + code);
                            if (term == null) throw new IllegalStateException("term missing: " + e.getKey() + ":" + code);
                            tag.setLong(1, id);
                            tag.setLong(2, term);
                            tag.addBatch();
                        }
                    }
                    written++;
                    if (written % BATCH == 0) {
                        service.executeBatch();
                        location.executeBatch();
                        tag.executeBatch();
                    }
                }
            }
            service.executeBatch();
            location.executeBatch();
            tag.executeBatch();
        }
        return written;
    }

    /** Ids are given explicitly so that the child rows can be batched with them. */
    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table.toLowerCase(Locale.ROOT))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }
}
