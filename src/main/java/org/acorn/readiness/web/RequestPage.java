package org.acorn.readiness.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.acorn.platform.security.AccessDenied;
import org.acorn.platform.security.Caller;
import org.acorn.platform.web.Faces;
import org.acorn.readiness.HelpRequest;
import org.acorn.readiness.HelpRequests;
import org.acorn.readiness.ReadinessRefused;

/** Backs /readiness/request.xhtml?id=: one help request — staff pass it to a helper; the helper or staff close it. */
@Named
@ViewScoped
public class RequestPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject HelpRequests help;
    @Inject Caller caller;

    private String id;
    private Long requestId;
    private long shownVersion;
    private transient HelpRequest request;
    private String helper;
    private String outcome;

    public void load() {
        caller.require();
        request = help.readable(Faces.id(id)).orElse(null);
        if (request == null) {
            Faces.notFound();
            return;
        }
        requestId = request.getId();
        shownVersion = request.getVersion();
    }

    public void route() {
        try {
            help.route(requestId, helper, shownVersion);
            Faces.flash("Passed on. The helper and the organisation have been emailed.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("route");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        } catch (OptimisticLockException e) {
            Faces.error("Someone else changed this request at the same moment. Look at it again.");
        }
    }

    public void done() { close(false); }

    public void withdraw() { close(true); }

    private void close(boolean withdrawn) {
        try {
            help.close(requestId, withdrawn, outcome);
            Faces.flash(withdrawn ? "The request is withdrawn." : "Marked as done. Everyone involved has been emailed.");
            Faces.redirect(self());
        } catch (ReadinessRefused e) {
            e.showOn("close");
        } catch (AccessDenied e) {
            Faces.error(e.getMessage());
        }
    }

    private String self() { return "/readiness/request.xhtml?id=" + requestId; }

    public HelpRequest getRequest() {
        if (request == null && requestId != null) request = help.readable(requestId).orElse(null);
        return request;
    }
    public List<HelpRequests.Candidate> getCandidates() { return caller.isStaff() ? help.candidates(getRequest()) : List.of(); }
    public boolean isStaff() { return caller.isStaff(); }
    public boolean isRequester() { return caller.mayActFor(getRequest().getOrganisationId()); }
    public String orgName(Long oid) { return help.organisationName(oid); }
    public String accountName(Long aid) { return help.accountName(aid); }
    public String when(Instant at) { return Pages.when(at); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getHelper() { return helper; }
    public void setHelper(String helper) { this.helper = helper; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
