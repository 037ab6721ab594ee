package org.acorn.platform.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.acorn.platform.account.OwnAccount;
import org.acorn.platform.web.Faces;

/**
 * Backs /account/sessions.xhtml: the browsers signed in to this account. Each row's form sends the
 * session's public id; the service ends it only if it belongs to the caller.
 */
@Named
@RequestScoped
public class SessionsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Inject OwnAccount ownAccount;

    private List<Row> rows;

    /** One signed-in browser as shown in the list (a class with getters: Faces 4's EL does not read records). */
    public static final class Row {
        private final String publicId;
        private final String browser;
        private final String fullUserAgent;
        private final String address;
        private final String started;
        private final String lastSeen;
        private final boolean current;

        Row(String publicId, String browser, String fullUserAgent, String address, String started, String lastSeen,
            boolean current) {
            this.publicId = publicId;
            this.browser = browser;
            this.fullUserAgent = fullUserAgent;
            this.address = address;
            this.started = started;
            this.lastSeen = lastSeen;
            this.current = current;
        }

        public String getPublicId() { return publicId; }
        public String getBrowser() { return browser; }
        public String getFullUserAgent() { return fullUserAgent; }
        public String getAddress() { return address; }
        public String getStarted() { return started; }
        public String getLastSeen() { return lastSeen; }
        public boolean isCurrent() { return current; }
    }

    public List<Row> getRows() {
        if (rows == null) {
            String here = ownAccount.currentSession();
            rows = ownAccount.sessions().stream()
                    .map(s -> new Row(s.getPublicId(), describe(s.getUserAgent()), s.getUserAgent(),
                            s.getClientAddress() == null ? "unknown" : s.getClientAddress(),
                            when(s.getCreatedAt()), when(s.getLastSeenAt()), s.getPublicId().equals(here)))
                    .sorted((a, b) -> Boolean.compare(b.isCurrent(), a.isCurrent()))
                    .toList();
        }
        return rows;
    }

    public boolean isOthers() {
        return getRows().stream().anyMatch(r -> !r.isCurrent());
    }

    public void end() {
        if (ownAccount.endSession(Faces.request().getParameter("session"))) {
            Faces.flash("That browser has been signed out.");
            Faces.redirect("/account/sessions.xhtml");
        } else {
            rows = null;
            Faces.error("That is not one of your signed-in browsers, or it has already been signed out. Nothing was changed.");
        }
    }

    public void endOthers() {
        int ended = ownAccount.endOtherSessions();
        Faces.flash(ended == 0 ? "No other browsers were signed in."
                : ended == 1 ? "1 other browser has been signed out." : ended + " other browsers have been signed out.");
        Faces.redirect("/account/sessions.xhtml");
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "Firefox on Windows" from a user-agent string; the start of the string when it is not recognised. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return "Unknown browser";
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge"
                : ua.contains("OPR/") || ua.contains("Opera") ? "Opera"
                : ua.contains("Firefox/") ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome"
                : ua.contains("Safari/") ? "Safari" : null;
        String system = ua.contains("Windows") ? "Windows"
                : ua.contains("Android") ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad") ? "iPhone or iPad"
                : ua.contains("Macintosh") || ua.contains("Mac OS X") ? "Mac"
                : ua.contains("CrOS") ? "Chromebook"
                : ua.contains("Linux") ? "Linux" : null;
        if (browser != null && system != null) return browser + " on " + system;
        if (browser != null) return browser;
        if (system != null) return "A browser on " + system;
        return ua.length() <= 40 ? ua : ua.substring(0, 40) + "…";
    }
}
