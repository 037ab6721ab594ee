package org.acorn.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory search done by the database instead of Lucene, to compare like with like: the same public
 * services, the same words, the same two filters, the top 20 and the counts of every facet the search page shows
 * (each dimension counted without its own filter, as Lucene's drill-sideways does). Two ways of matching words:
 * MariaDB's FULLTEXT index (boolean mode with every word required, as Acorn requires every word; ranked) and
 * LIKE '%word%' on name or description for every word (what a site without a search engine does).
 */
final class SqlDirectorySearch {

    enum Matching { FULLTEXT, LIKE }

    /** One query: words, a district id and a target-group term id (null when not filtered). */
    record Query(String words, Long districtId, Long targetGroupTermId) { }

    record Answer(List<Long> top, Map<String, Map<String, Integer>> counts, int total) { }

    private static final String[][] TERM_DIMENSIONS = {{"ecm", "1"}, {"service_type", "2"}, {"target_group", "3"},
            {"access_route", "6"}};

    private final Connection c;
    private final Matching matching;

    SqlDirectorySearch(Connection c, Matching matching) {
        this.c = c;
        this.matching = matching;
    }

    /** The FULLTEXT index the comparison needs; the portal itself does not use one. */
    static void ensureFullTextIndex(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from information_schema.statistics"
                + " where table_schema = database() and table_name = 'service' and index_name = 'ft_service_text'");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            if (rs.getInt(1) > 0) return;
        }
        try (PreparedStatement p = c.prepareStatement("alter table service add fulltext index ft_service_text (name, description)")) {
            p.execute();
        }
    }

    Answer search(Query q) throws SQLException {
        List<Long> top = new ArrayList<>();
        String order = matching == Matching.FULLTEXT ? " order by match(s.name, s.description) against (? in boolean mode) desc, s.id" : " order by s.name, s.id";
        try (PreparedStatement p = c.prepareStatement("select s.id from service s join organisation o on o.id = s.organisation_id"
                + where(q, null) + order + " limit 20")) {
            int i = bind(p, q, null, 1);
            if (matching == Matching.FULLTEXT) p.setString(i, booleanMode(q));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) top.add(rs.getLong(1));
            }
        }
        int total;
        try (PreparedStatement p = c.prepareStatement("select count(*) from service s join organisation o on o.id = s.organisation_id"
                + where(q, null))) {
            bind(p, q, null, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String[] dim : TERM_DIMENSIONS) {
            counts.put(dim[0], grouped("select st.term_id, count(*) from service s join organisation o on o.id = s.organisation_id"
                    + " join service_term st on st.service_id = s.id join taxonomy_term t on t.id = st.term_id"
                    + where(q, dim[0]) + " and t.taxonomy_id = " + dim[1] + " group by st.term_id", q, dim[0]));
        }
        counts.put("district", grouped("select od.district_id, count(*) from service s join organisation o on o.id = s.organisation_id"
                + " join organisation_district od on od.organisation_id = o.id" + where(q, "district")
                + " group by od.district_id", q, "district"));
        counts.put("county_wide", grouped("select o.county_wide, count(*) from service s join organisation o on o.id = s.organisation_id"
                + where(q, "district") + " group by o.county_wide", q, "district"));
        counts.put("organisation_type", grouped("select o.org_type, count(*) from service s join organisation o on o.id = s.organisation_id"
                + where(q, null) + " group by o.org_type", q, null));
        counts.put("income_band", grouped("select o.income_band, count(*) from service s join organisation o on o.id = s.organisation_id"
                + where(q, null) + " group by o.income_band", q, null));
        counts.put("cost", grouped("select s.is_free, count(*) from service s join organisation o on o.id = s.organisation_id"
                + where(q, null) + " group by s.is_free", q, null));
        return new Answer(top, counts, total);
    }

    private Map<String, Integer> grouped(String sql, Query q, String without) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, q, without, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Public, running services matching the words and every filter except {@code without} (drill-sideways). */
    private String where(Query q, String without) {
        StringBuilder w = new StringBuilder(" where s.status <> 'CLOSED' and o.membership_status = 'MEMBER'");
        for (String ignored : words(q)) {
            w.append(matching == Matching.FULLTEXT ? "" : " and (s.name like ? or s.description like ?)");
        }
        if (matching == Matching.FULLTEXT) w.append(" and match(s.name, s.description) against (? in boolean mode)");
        if (q.districtId() != null && !"district".equals(without)) {
            // as the search page's district facet: organisations serving that district ("County-wide" is its own value)
            w.append(" and exists (select 1 from organisation_district x where x.organisation_id = o.id and x.district_id = ?)");
        }
        if (q.targetGroupTermId() != null && !"target_group".equals(without)) {
            w.append(" and exists (select 1 from service_term y where y.service_id = s.id and y.term_id = ?)");
        }
        return w.toString();
    }

    private int bind(PreparedStatement p, Query q, String without, int from) throws SQLException {
        int i = from;
        if (matching == Matching.FULLTEXT) {
            p.setString(i++, booleanMode(q));
        } else {
            for (String word : words(q)) {
                p.setString(i++, "%" + word + "%");
                p.setString(i++, "%" + word + "%");
            }
        }
        if (q.districtId() != null && !"district".equals(without)) p.setLong(i++, q.districtId());
        if (q.targetGroupTermId() != null && !"target_group".equals(without)) p.setLong(i++, q.targetGroupTermId());
        return i;
    }

    /** "+youth +club": every word required, as Acorn's search requires; operators in the words dropped. */
    private static String booleanMode(Query q) {
        StringBuilder b = new StringBuilder();
        for (String word : words(q)) b.append(b.length() == 0 ? "" : " ").append('+').append(word);
        return b.toString();
    }

    private static List<String> words(Query q) {
        return List.of(q.words().replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split("\\s+"));
    }
}
