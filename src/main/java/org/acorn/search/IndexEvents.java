package org.acorn.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.acorn.platform.outbox.Outbox;
import org.acorn.platform.outbox.OutboxStore;

/**
 * How a feature tells every node's index that one of its records changed: call {@link #changed} inside the
 * transaction that changed it. The row commits with the change; each node then asks the feature's
 * {@link SearchSource} for the record as it now is (or drops it when the source no longer lists it).
 */
@ApplicationScoped
public class IndexEvents {

    /** The outbox kind of index events; the outbox row's id is the sequence every index follows. */
    public static final String KIND = OutboxStore.FOLLOWED_KIND;

    @Inject Outbox outbox;
    @Inject Event<Changed> changedEvent;
    @Inject ChangesInTransaction inTransaction;

    /**
     * Fired once per transaction, at its first change, holding every key the transaction goes on to change: this
     * node applies them straight after commit so the next page load sees them, in one go however many there are.
     */
    public record Changed(Set<DocumentKey> keys) { }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String kind, String id) {
        DocumentKey key = new DocumentKey(kind, id);
        outbox.enqueueNew(KIND, payload(key));
        Set<DocumentKey> keys = inTransaction.keys(); // through the proxy: this transaction's set
        if (keys.isEmpty()) changedEvent.fire(new Changed(keys));
        keys.add(key);
    }

    /** The keys one transaction changed (the set the {@link Changed} event it fired holds). */
    @TransactionScoped
    static class ChangesInTransaction implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Set<DocumentKey> keys = new LinkedHashSet<>();

        /** A method, not a field: only calls reach the transaction's own instance behind the CDI proxy. */
        public Set<DocumentKey> keys() { return keys; }
    }

    static String payload(DocumentKey key) { return key.kind() + "/" + key.id(); }

    /** The key in an event's payload, or null for a payload no version of this code wrote. */
    static DocumentKey key(String payload) {
        int slash = payload == null ? -1 : payload.indexOf('/');
        if (slash <= 0 || slash == payload.length() - 1) return null;
        try {
            return new DocumentKey(payload.substring(0, slash), payload.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
