package org.acorn.readiness.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.Checklist;

/** Shared bits of the readiness pages: which organisation a page is about, and dates as people read them. */
final class Pages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Pages() { }

    /**
     * The organisation the page is about: ?org= when given (staff use it; an organisation admin may name only their
     * own), otherwise the caller's own. Null means "not found": malformed, someone else's, or none. Visitors are sent
     * to sign in first.
     */
    static Long organisation(Caller caller, String param) {
        caller.require();
        if (param != null && !param.isBlank()) {
            Long id = Faces.id(param);
            return id != null && caller.mayActFor(id) ? id : null;
        }
        Long own = caller.organisationId();
        return own != null && caller.mayActFor(own) ? own : null;
    }

    static String day(LocalDate d) { return d == null ? "" : DAY.format(d); }

    static String when(Instant at) { return at == null ? "" : WHEN.format(at.atZone(Checklist.ZONE)); }
}
