package org.acorn.consortium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The consortium's settings (defaults in microprofile-config.properties; ACORN_CONSORTIUM_* override). */
@ApplicationScoped
public class ConsortiumSettings {

    @Inject @ConfigProperty(name = "acorn.consortium.pass.seconds", defaultValue = "300") int passSeconds;
    @Inject @ConfigProperty(name = "acorn.consortium.task.reminder.days", defaultValue = "2") int taskReminderDays;

    public int passSeconds() { return Math.max(1, passSeconds); }
    /** Task owners are emailed this many days before a task is due. */
    public int taskReminderDays() { return Math.max(0, taskReminderDays); }
}
