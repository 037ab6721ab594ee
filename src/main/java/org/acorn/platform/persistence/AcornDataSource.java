package org.acorn.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one database. Values come from MicroProfile Config (env ACORN_DB_URL, ACORN_DB_USER,
 * ACORN_DB_PASSWORD) through Payara's MPCONFIG placeholders; defaults give an H2 file under the data dir.
 */
@DataSourceDefinition(
        name = AcornDataSource.JNDI_NAME,
        className = "org.acorn.platform.persistence.UrlDataSource",
        url = "${MPCONFIG=acorn.db.url}",
        user = "${MPCONFIG=acorn.db.user}",
        password = "${MPCONFIG=acorn.db.password}",
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class AcornDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/acorn";
}
