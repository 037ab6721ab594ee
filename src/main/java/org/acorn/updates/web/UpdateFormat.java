package org.acorn.updates.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/** Dates for the update and bulletin pages (#{updateFormat.when(…)}). */
@Named
@ApplicationScoped
public class UpdateFormat {
    public String when(Instant at) { return UpdatePages.when(at); }
    public String day(LocalDate d) { return UpdatePages.day(d); }
}
