package org.acorn.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.acorn.platform.audit.AuditLog;
import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/** The co-ordinator's and site administrators' view of this node's index, and the rebuild they may start. */
@ApplicationScoped
public class SearchAdministration {

    private static final Logger LOG = Logger.getLogger(SearchAdministration.class.getName());

    @Inject SiteIndex index;
    @Inject Caller caller;
    @Inject AuditLog audit;

    public SiteIndex.Status status() {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        return index.status();
    }

    /** Starts a rebuild in the background; false when one is already running (nothing is recorded then). */
    @Transactional
    public boolean rebuild() {
        caller.requireAny(Role.COORDINATOR, Role.SITE_ADMIN);
        long before = index.status().documents();
        if (!index.rebuildInBackground()) return false;
        audit.record("search.rebuild.started", new AuditLog.Target("search-index", null, "search index"),
                "documents before: " + before);
        LOG.info("event=search.rebuild.requested");
        return true;
    }
}
