package org.acorn.directory;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/** Recognises "someone else saved this first" under whatever wrapping the container adds. */
public final class EditConflict {

    public static final String MESSAGE = "Someone else changed this while you had it open, so your changes were not saved."
            + " Please reload the page to see theirs, then make yours again.";

    private EditConflict() { }

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) return true;
        }
        return false;
    }
}
