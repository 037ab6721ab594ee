package org.acorn.platform.mail;

import org.acorn.platform.outbox.PermanentFailure;

/** The mail server refused the message for good (a 5xx reply, or an address that is not an address). */
public class MailRefused extends PermanentFailure {
    private static final long serialVersionUID = 1L;

    private final String address;

    public MailRefused(String address, String reason, Throwable cause) {
        super(reason, cause);
        this.address = address;
    }

    public String address() { return address; }
}
