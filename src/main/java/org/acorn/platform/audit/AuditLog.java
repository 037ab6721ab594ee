package org.acorn.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;

/**
 * Writes the audit trail. Joins the caller's transaction, so an entry exists exactly when the change it
 * describes was committed. The application only ever inserts here.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Caller caller;
    @Inject Clock clock;

    /** A record touched by an action: its kind, id and a readable label. */
    public record Target(String type, Long id, String label) { }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, Target target, String onBehalfOf, String detail) {
        Account actor = actor();
        em.persist(new AuditEntry(clock.instant(), actor == null ? null : actor.getId(),
                actor == null ? "system" : actor.getDisplayName() + " <" + actor.getEmail() + ">",
                action, target == null ? null : target.type(), target == null ? null : target.id(),
                target == null ? null : target.label(), onBehalfOf, detail));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, Target target, String detail) {
        record(action, target, null, detail);
    }

    /** The signed-in account, or none for work done outside a request (start-up, scheduled tasks). */
    private Account actor() {
        try {
            return caller.account().orElse(null);
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    /**
     * "field: before → after" for each field that changed, in alphabetical order of field; a field present
     * on one side only counts as (empty) on the other, and an empty text equals no value. Values over 300
     * characters are cut to their first 300 and "…".
     */
    public static String changes(Map<String, ?> before, Map<String, ?> after) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object was = before.get(key);
            Object now = after.get(key);
            if (!Objects.equals(blankAsNull(was), blankAsNull(now))) {
                if (out.length() > 0) out.append("; ");
                out.append(key).append(": ").append(show(was)).append(" → ").append(show(now));
            }
        }
        return out.length() == 0 ? "no change" : out.toString();
    }

    /** An empty text and no value are the same thing to a reader, so that is not a change. */
    private static Object blankAsNull(Object value) {
        return "".equals(value) ? null : value;
    }

    /** Longer values are shown by their start: a rewritten description would otherwise fill the log with two copies. */
    static final int SHOWN = 300;

    private static String show(Object value) {
        if (value == null || "".equals(value)) return "(empty)";
        String text = value.toString();
        return "\"" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "\"";
    }
}
