package org.acorn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the platform reads, typed, in one place. Every key has a working default in
 * META-INF/microprofile-config.properties; environment variables (ACORN_*) override.
 */
@ApplicationScoped
public class Settings {

    @Inject @ConfigProperty(name = "acorn.data.dir") String dataDir;
    @Inject @ConfigProperty(name = "acorn.base.url") String baseUrl;
    @Inject @ConfigProperty(name = "acorn.theme") String theme;
    @Inject @ConfigProperty(name = "acorn.demo") String demo;
    @Inject @ConfigProperty(name = "acorn.smtp.host") Optional<String> smtpHost;
    @Inject @ConfigProperty(name = "acorn.smtp.port") int smtpPort;
    @Inject @ConfigProperty(name = "acorn.smtp.user") Optional<String> smtpUser;
    @Inject @ConfigProperty(name = "acorn.smtp.password") Optional<String> smtpPassword;
    @Inject @ConfigProperty(name = "acorn.smtp.starttls") boolean smtpStartTls;
    @Inject @ConfigProperty(name = "acorn.smtp.from") String mailFrom;
    @Inject @ConfigProperty(name = "acorn.smtp.timeout.millis", defaultValue = "20000") int smtpTimeoutMillis;
    @Inject @ConfigProperty(name = "acorn.trusted.proxies") Optional<String> trustedProxies;
    @Inject @ConfigProperty(name = "acorn.throttle.window.minutes") int throttleWindowMinutes;
    @Inject @ConfigProperty(name = "acorn.token.verify.hours") int verifyHours;
    @Inject @ConfigProperty(name = "acorn.token.reset.minutes") int resetMinutes;
    @Inject @ConfigProperty(name = "acorn.token.invite.days") int inviteDays;
    @Inject @ConfigProperty(name = "acorn.outbox.poll.millis") long outboxPollMillis;
    @Inject @ConfigProperty(name = "acorn.outbox.retry.seconds", defaultValue = "30") long outboxRetrySeconds;
    @Inject @ConfigProperty(name = "acorn.directory.verify.after.months") int verifyAfterMonths;
    @Inject @ConfigProperty(name = "acorn.search.events.kept.days") int searchEventsKeptDays;
    @Inject @ConfigProperty(name = "acorn.directory.unverified.after.months") int unverifiedAfterMonths;
    @Inject @ConfigProperty(name = "acorn.directory.reminder.repeat.days") int reminderRepeatDays;
    @Inject @ConfigProperty(name = "acorn.directory.confirm.link.days") int confirmLinkDays;
    @Inject @ConfigProperty(name = "acorn.reports.gap.max") int gapMax;
    @Inject @ConfigProperty(name = "acorn.reports.overlap.min") int overlapMin;
    @Inject @ConfigProperty(name = "acorn.clock.offset") String clockOffset;
    @Inject @ConfigProperty(name = "acorn.openreferral.import.max.kb") int openReferralImportMaxKb;
    @Inject @ConfigProperty(name = "acorn.password.iterations", defaultValue = "600000") int passwordIterations;

    /** PBKDF2 iterations for new password hashes (existing hashes keep their own count). */
    public int passwordIterations() { return passwordIterations; }

    public Path dataDir() { return Path.of(dataDir).toAbsolutePath().normalize(); }

    /** The public address used in links that leave the site (emails), without a trailing slash. */
    public String baseUrl() { return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl; }

    public boolean secureCookies() { return baseUrl.startsWith("https:"); }
    public String theme() { return theme; }
    public String demoProfile() { return demo; }
    public Optional<String> smtpHost() { return smtpHost.filter(h -> !h.isBlank()); }
    public int smtpPort() { return smtpPort; }
    public Optional<String> smtpUser() { return smtpUser.filter(u -> !u.isBlank()); }
    public Optional<String> smtpPassword() { return smtpPassword; }
    public boolean smtpStartTls() { return smtpStartTls; }
    /** How long to wait for the SMTP server to connect or answer before giving up on this try (the outbox retries). */
    public int smtpTimeoutMillis() { return Math.max(100, smtpTimeoutMillis); }
    public String mailFrom() { return mailFrom; }
    public String trustedProxies() { return trustedProxies.orElse(""); }
    public Duration throttleWindow() { return Duration.ofMinutes(throttleWindowMinutes); }
    public Duration verifyTokenLife() { return Duration.ofHours(verifyHours); }
    public Duration resetTokenLife() { return Duration.ofMinutes(resetMinutes); }
    public Duration inviteTokenLife() { return Duration.ofDays(inviteDays); }
    public long outboxPollMillis() { return outboxPollMillis; }
    /** The first retry delay of a failed outbox message; each later one doubles it. */
    public long outboxRetrySeconds() { return Math.max(1, outboxRetrySeconds); }
    /** Search index events older than this are pruned; a node further behind rebuilds its index. */
    public Duration searchEventsKept() { return Duration.ofDays(Math.max(1, searchEventsKeptDays)); }

    /** Months after its last check that a directory listing's organisation is asked to confirm it. */
    public int verifyAfterMonths() { return verifyAfterMonths; }
    /** Months after its last check that a directory listing is flagged as unverified. */
    public int unverifiedAfterMonths() { return unverifiedAfterMonths; }
    /** Days after an unanswered listing reminder that a second one is sent. */
    public Duration reminderRepeat() { return Duration.ofDays(reminderRepeatDays); }
    /** How long a reminder's one-click "it is all still correct" link works. */
    public Duration confirmLinkLife() { return Duration.ofDays(confirmLinkDays); }
    /** Gap report: a cell with this many services or fewer is marked as a gap. */
    public int gapMax() { return gapMax; }
    /** Gap report: a cell with this many services or more is marked as a possible overlap. */
    public int overlapMin() { return overlapMin; }
    /** How far the portal's clock runs ahead of real time (tests and training copies only; zero otherwise). */
    public Duration clockOffset() {
        return clockOffset == null || clockOffset.isBlank() ? Duration.ZERO : Duration.parse(clockOffset.strip());
    }

    /** The largest Open Referral dataset file an import accepts, in bytes. */
    public long openReferralImportMaxBytes() { return openReferralImportMaxKb * 1024L; }
}
