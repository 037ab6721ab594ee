package org.acorn.bulletins.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.bulletins.audience.MailingUnsubscribe;
import org.acorn.platform.web.Faces;

/** Backs /bulletins/unsubscribe.xhtml?t=: says what the link stops and stops it when asked (no sign-in needed). */
@Named("mailingUnsubscribePage")
@ViewScoped
public class UnsubscribePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject MailingUnsubscribe unsubscribe;

    private String t;
    private MailingUnsubscribe.Described described;
    private String done;

    public void load() {
        described = unsubscribe.describe(t).orElse(null);
    }

    public void confirm() {
        done = unsubscribe.apply(t).orElse(null);
        if (done == null) Faces.error("This unsubscribe link is not recognised or has expired.");
    }

    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
    public boolean isKnown() { return described != null; }
    public String getWhat() { return described == null ? "" : described.what(); }
    public boolean isUsed() { return described != null && described.used(); }
    public String getDone() { return done; }
}
