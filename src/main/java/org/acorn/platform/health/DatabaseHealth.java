package org.acorn.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.acorn.platform.persistence.AcornDataSource;
import org.acorn.platform.persistence.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration has been applied: what a load balancer needs. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = AcornDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        boolean migrated = reachable && migrations.upToDate();
        return HealthCheckResponse.named("database")
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrations", migrated ? "applied" : "pending")
                .build();
    }
}
