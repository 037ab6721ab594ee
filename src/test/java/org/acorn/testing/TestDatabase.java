package org.acorn.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database a deployment under test uses: a fresh H2 file by default, or a fresh MySQL/MariaDB
 * database when ACORN_TEST_DB=mysql (server from ACORN_TEST_DB_URL, default root@127.0.0.1:3306).
 * A MySQL run that cannot reach its server is skipped with a reason, and fails when CI=true.
 */
public record TestDatabase(String url, String user, String password) {

    public static boolean mysqlWanted() {
        return "mysql".equalsIgnoreCase(System.getenv("ACORN_TEST_DB"));
    }

    public static TestDatabase fresh(Path dir) {
        if (!mysqlWanted()) {
            return new TestDatabase("jdbc:h2:file:" + dir.resolve("db/acorn") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0", "acorn", "acorn-test");
        }
        String server = env("ACORN_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
        String user = env("ACORN_TEST_DB_USER", "root");
        String password = env("ACORN_TEST_DB_PASSWORD", "");
        String name = "acorn_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            Requirements.missing("MySQL/MariaDB at " + server + " (" + e.getMessage() + ")");
        }
        String base = server.endsWith("/") ? server : server + "/";
        return new TestDatabase(base + name + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC",
                user, password);
    }

    /**
     * The same database under an account with a password, for a portal configured through ACORN_* environment
     * variables: there an empty value counts as unset, so root's empty password cannot be given.
     */
    public TestDatabase withPassword() {
        if (!url.startsWith("jdbc:mysql:") || !password.isEmpty()) return this;
        String name = url.replaceAll("^jdbc:mysql://[^/]+/([^?]+).*$", "$1");
        String server = url.substring(0, url.indexOf(name));
        String account = "acorn_it_user";
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + account + "'@'%' IDENTIFIED BY 'acorn-it'");
            s.execute("GRANT ALL ON " + name + ".* TO '" + account + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not make an account for " + name, e);
        }
        return new TestDatabase(url, account, "acorn-it");
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
