package org.acorn.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Applies the versioned SQL in db/migration before anything touches the database. Flyway takes a
 * database lock, so two nodes starting together migrate once.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = AcornDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean applied;

    public void migrate() {
        Flyway flyway = flyway();
        int count = flyway.migrate().migrationsExecuted;
        applied = true;
        LOG.info(() -> "event=migrations.applied executed=" + count + " version=" + currentVersion(flyway));
    }

    /** True once this node has migrated and no migration is pending. */
    public boolean upToDate() {
        return applied && flyway().info().pending().length == 0;
    }

    private Flyway flyway() {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    private static String currentVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().toString();
    }
}
