package org.acorn.platform.outbox;

/**
 * Thrown by a handler when trying again cannot help (a mail server refused the address for good): the message
 * is marked failed at once instead of being retried with back-off.
 */
public class PermanentFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public PermanentFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
