package org.acorn.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.acorn.forum.notification.Unsubscribe;

/**
 * Backs /forum/unsubscribe.xhtml?t=: says what the email's stop link stops and does it when the button is
 * pressed (opening the page changes nothing, so mail scanners following links do no harm).
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Unsubscribe unsubscribe;

    private String t;
    private String what;
    private boolean used;
    private boolean done;

    public void load() {
        unsubscribe.describe(t).ifPresent(d -> {
            what = d.what();
            used = d.used();
        });
    }

    public void stop() {
        unsubscribe.apply(t).ifPresent(w -> {
            what = w;
            done = true;
        });
    }

    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
    public String getWhat() { return what; }
    public boolean isUsed() { return used; }
    public boolean isDone() { return done; }
    public boolean isKnown() { return what != null; }
}
