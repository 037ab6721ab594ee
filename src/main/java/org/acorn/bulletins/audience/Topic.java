package org.acorn.bulletins.audience;

import org.acorn.updates.UpdateKind;

/**
 * What someone chooses emails for: the co-ordinators' bulletins, and each kind of update. Bulletins come as
 * they are sent unless someone says otherwise; updates come in the weekly digest unless someone says otherwise.
 */
public enum Topic {
    BULLETIN("Bulletins (the weekly email update, newsletter and briefings)", Mode.EACH),
    LSCB("LSCB updates", Mode.WEEKLY),
    PARTNERSHIP("Children's Trust and partnership updates", Mode.WEEKLY),
    BRIEFING("Briefings", Mode.WEEKLY),
    NETWORK_NEWS("Network news", Mode.WEEKLY),
    COORDINATOR("Co-ordinator updates", Mode.WEEKLY),
    CONSULTATION("Consultations", Mode.WEEKLY),
    NEWSLETTER("Newsletter articles", Mode.WEEKLY);

    private final String label;
    private final Mode byDefault;

    Topic(String label, Mode byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    public String getLabel() { return label; }
    public String getName() { return name(); }
    public Mode byDefault() { return byDefault; }

    public static Topic of(UpdateKind kind) { return valueOf(kind.name()); }

    /** How someone wants a topic: each item as it comes, in the weekly digest, or not at all. */
    public enum Mode {
        EACH("Each one as it comes"), WEEKLY("In a weekly digest"), NONE("Nothing");

        private final String label;

        Mode(String label) { this.label = label; }

        public String getLabel() { return label; }
        public String getName() { return name(); }
    }
}
