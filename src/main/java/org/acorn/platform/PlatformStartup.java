package org.acorn.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.acorn.platform.config.Settings;
import org.acorn.platform.persistence.Migrations;
import org.acorn.platform.security.PasswordHasher;

/**
 * Start-up order: set the password hashing cost, migrate the schema, then tell features the database is ready (demo data, the outbox
 * dispatcher). Runs once per node when the web application starts.
 */
@ApplicationScoped
public class PlatformStartup {

    @Inject Migrations migrations;
    @Inject Event<DatabaseReady> databaseReady;
    @Inject Settings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        PasswordHasher.useIterations(settings.passwordIterations());
        migrations.migrate();
        databaseReady.fire(new DatabaseReady());
    }

    /** Fired once the schema is current. Observers run in the order of their {@code @Priority}. */
    public record DatabaseReady() { }
}
