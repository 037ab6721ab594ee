package org.acorn.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain DataSource that picks the JDBC driver from the URL, so that one build runs on the embedded H2
 * file database and on MySQL / MariaDB by changing {@code ACORN_DB_URL} alone. The container pools it.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) { this.url = url; }
    public String getUrl() { return url; }
    public void setUser(String user) { this.user = resolved(user); }
    public String getUser() { return user; }
    public void setPassword(String password) { this.password = resolved(password); }
    public String getPassword() { return password; }

    /**
     * MicroProfile Config treats an empty value as absent, so an empty password (common for a local MariaDB)
     * reaches us as the unresolved placeholder itself; that means "no value".
     */
    static String resolved(String value) {
        return value == null || value.startsWith("${MPCONFIG=") ? "" : value;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null) props.setProperty("user", username);
        if (pass != null) props.setProperty("password", pass);
        Connection connection = driverFor(url).connect(url, props);
        if (connection == null) {
            throw new SQLException("No driver accepts the database URL (check ACORN_DB_URL)");
        }
        return connection;
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null) throw new SQLException("No database URL configured (ACORN_DB_URL)");
        if (url.startsWith("jdbc:h2:")) return new org.h2.Driver();
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return new com.mysql.cj.jdbc.Driver();
        }
        throw new SQLException("Unsupported database URL; use jdbc:h2:, jdbc:mysql: or jdbc:mariadb:");
    }

    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { loginTimeout = seconds; }
    @Override public int getLoginTimeout() { return loginTimeout; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        throw new SQLException("Not a wrapper for " + iface);
    }
    @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }
}
