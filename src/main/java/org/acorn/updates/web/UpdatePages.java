package org.acorn.updates.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.acorn.updates.Updates;

/** Helpers the update, library and bulletin pages share. */
public final class UpdatePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(Updates.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private UpdatePages() { }

    public static String when(Instant at) { return at == null ? "" : WHEN.format(at); }

    public static String day(LocalDate d) { return d == null ? "" : DAY.format(d); }
}
