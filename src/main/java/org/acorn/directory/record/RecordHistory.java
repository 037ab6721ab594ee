package org.acorn.directory.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.platform.audit.AuditEntry;
import org.acorn.platform.security.Caller;

/**
 * A record's change history, read from the audit log: who changed what and when, on whose behalf, newest
 * first. For network staff and the record's own organisation admin.
 */
@ApplicationScoped
public class RecordHistory {

    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;

    /** The record the history is of: its kind, id, name and organisation. */
    public record Subject(String type, Long id, String name, Long organisationId) { }

    public record History(Subject subject, List<AuditEntry> entries) { }

    /** Empty for an unknown kind or id; refuses callers who may not act for the record's organisation. */
    @Transactional
    public Optional<History> of(String type, Long id) {
        Optional<Subject> subject = subject(type, id);
        if (subject.isEmpty()) return Optional.empty();
        caller.requireMayActFor(subject.get().organisationId());
        List<AuditEntry> entries = em.createQuery("select e from AuditEntry e where e.targetType = :t and e.targetId = :i"
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("t", subject.get().type()).setParameter("i", id).setMaxResults(LIMIT).getResultList();
        return Optional.of(new History(subject.get(), entries));
    }

    private Optional<Subject> subject(String type, Long id) {
        if (id == null || type == null) return Optional.empty();
        switch (type) {
            case "organisation" -> {
                Organisation o = em.find(Organisation.class, id);
                return o == null ? Optional.empty() : Optional.of(new Subject(type, id, o.getName(), o.getId()));
            }
            case "service" -> {
                Service s = em.find(Service.class, id);
                return s == null ? Optional.empty() : Optional.of(new Subject(type, id, s.getName(), s.getOrganisationId()));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** The actor as shown on the page: the name without the email address the audit log also keeps. */
    public static String actorName(String stored) {
        if (stored == null) return "";
        int at = stored.lastIndexOf(" <");
        return at > 0 && stored.endsWith(">") ? stored.substring(0, at) : stored;
    }
}
