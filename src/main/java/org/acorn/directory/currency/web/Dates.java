package org.acorn.directory.currency.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the listing pages show them ("3 March 2026"), in the network's own time zone. */
final class Dates {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZONE);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

    private Dates() { }

    static String day(Instant at) { return at == null ? "never" : DAY.format(at); }

    static String isoDay(Instant at) { return at == null ? "" : ISO_DAY.format(at); }
}
