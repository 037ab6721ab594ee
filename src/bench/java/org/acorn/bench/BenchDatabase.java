package org.acorn.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.acorn.demo.BulkDirectory;
import org.flywaydb.core.Flyway;

/**
 * The MariaDB database the directory benchmarks share: migrated exactly as the portal migrates, filled by the
 * demo's bulk generator, and kept between runs when it already holds the asked numbers (filling takes minutes).
 */
final class BenchDatabase {

    static final String SERVER = env("ACORN_BENCH_DB_SERVER", "jdbc:mysql://127.0.0.1:3306/");
    static final String NAME = env("ACORN_BENCH_DB_NAME", "acorn_bench");
    static final String USER = env("ACORN_BENCH_DB_USER", "root");
    static final String PASSWORD = env("ACORN_BENCH_DB_PASSWORD", "");
    static final String OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";

    private BenchDatabase() { }

    static String url() { return SERVER + NAME + OPTIONS; }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** Makes sure the database holds exactly this directory; returns the seconds spent filling it (0 if kept). */
    static double prepare(int organisations, int services) throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
             Statement s = server.createStatement()) {
            s.execute("create database if not exists " + NAME + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        try (Connection c = connect()) {
            if (count(c, organisations, services)) {
                SqlDirectorySearch.ensureFullTextIndex(c);
                return 0;
            }
        }
        try (Connection server = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
             Statement s = server.createStatement()) {
            s.execute("drop database " + NAME);
            s.execute("create database " + NAME + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url(), USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        long started = System.nanoTime();
        try (Connection c = connect()) {
            BulkDirectory.fill(c, "group", organisations, services, 2026, Instant.now());
            SqlDirectorySearch.ensureFullTextIndex(c);
            try (Statement s = c.createStatement()) {
                s.execute("analyze table organisation, organisation_district, service, service_term, taxonomy_term");
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static boolean count(Connection c, int organisations, int services) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from organisation), (select count(*) from service)")) {
            rs.next();
            return rs.getInt(1) == organisations && rs.getInt(2) == services;
        } catch (SQLException noTablesYet) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
