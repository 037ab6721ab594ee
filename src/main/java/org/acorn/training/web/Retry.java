package org.acorn.training.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLTransientException;
import java.util.function.Supplier;

/**
 * Many people booking one run at once queue on its row lock (H2 waits up to 10 s, LOCK_TIMEOUT in its URL, as
 * MariaDB does); a deadlock or a wait that still runs out fails the transaction, which rolled back whole, so it is
 * safe to try again a few times before telling anyone.
 */
final class Retry {

    private Retry() { }

    static <T> T onLockTimeout(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!lockTimeout(e)) throw e;
                last = e;
                try {
                    Thread.sleep(50L * (attempt + 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    static boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException || t instanceof SQLTransientException) return true;
            String m = t.getMessage();
            if (m != null && (m.contains("Timeout trying to lock") || m.contains("Lock wait timeout") || m.contains("Deadlock"))) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
