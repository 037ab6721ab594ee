package org.acorn.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Prints a facet value of the bench database, URL-encoded, for the HTTP benchmark's search URL. */
public final class BenchUrls {
    private BenchUrls() { }

    public static void main(String[] args) throws Exception {
        String sql = switch (args[0]) {
            case "district" -> "select name from district order by sort_order limit 1";
            case "target_group" -> "select label from taxonomy_term where taxonomy_id = 3 and code = 'young_people'";
            default -> throw new IllegalArgumentException(args[0]);
        };
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            System.out.println(URLEncoder.encode(rs.getString(1), StandardCharsets.UTF_8));
        }
    }
}
