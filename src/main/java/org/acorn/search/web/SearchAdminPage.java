package org.acorn.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.acorn.platform.web.Faces;
import org.acorn.search.SearchAdministration;
import org.acorn.search.SiteIndex;

/** Backs /admin/search.xhtml: this node's index and its rebuild, with progress while one runs. */
@Named
@RequestScoped
public class SearchAdminPage {

    @Inject SearchAdministration admin;

    private SiteIndex.Status status;

    public void load() { status = admin.status(); }

    public void rebuild() {
        boolean started = admin.rebuild();
        Faces.flash(started ? "Rebuilding the search index. This page shows its progress."
                : "A rebuild is already running: its progress is shown below.");
        Faces.redirect("/admin/search.xhtml");
    }

    public SiteIndex.Status getStatus() {
        if (status == null) status = admin.status();
        return status;
    }

    public String when(java.time.Instant i) { return i == null ? "not since this server started" : ResultRows.DATE_TIME.format(i); }
}
