package org.acorn.directory.currency.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.acorn.directory.Freshness;
import org.acorn.directory.currency.Listing;
import org.acorn.directory.currency.ListingConfirmation;
import org.acorn.platform.config.Settings;
import org.acorn.platform.web.Faces;

/**
 * Backs /listing/confirm.xhtml, the page a reminder's link opens. Opening it (GET) only shows the listing;
 * the button (a POST carrying the token in a hidden field) confirms it.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject ListingConfirmation confirmation;
    @Inject Settings settings;
    @Inject Clock clock;

    private String token;
    private ListingConfirmation.Lookup lookup;

    @PostConstruct
    void init() {
        token = Faces.request().getParameter("token");
    }

    public void confirm() {
        lookup = confirmation.confirm(token);
    }

    private ListingConfirmation.Lookup lookup() {
        if (lookup == null) lookup = confirmation.look(token);
        return lookup;
    }

    /** USABLE, CONFIRMED, USED, CHECKED, EXPIRED or UNKNOWN. */
    public String getState() { return lookup().state().name(); }
    public Listing getListing() { return lookup().listing(); }
    public String getToken() { return token; }

    public String day(Instant at) { return Dates.day(at); }

    public String status(Instant lastVerified) {
        return Freshness.from(settings).of(lastVerified, clock.instant()).label();
    }
}
