package org.acorn.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.acorn.platform.outbox.Outbox;

/**
 * How a feature tells every node's index that one of its records changed: call {@link #changed} inside the
 * transaction that changed it. The row commits with the change; each node then asks the feature's
 * {@link SearchSource} for the record as it now is (or drops it when the source no longer lists it).
 */
@ApplicationScoped
public class IndexEvents {

    /** The outbox kind of index events; the outbox row's id is the sequence every index follows. */
    public static final String KIND = "index";

    @Inject Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String kind, String id) {
        DocumentKey key = new DocumentKey(kind, id);
        outbox.enqueue(KIND, KIND + ":" + UUID.randomUUID(), key.kind() + "/" + key.id());
    }
}
