package org.acorn.directory.gaps;

import java.util.Optional;

/** What the report counts services by, against district: a seeded taxonomy's top-level terms. */
public enum Dimension {
    ECM("ecm", "Every Child Matters outcome"),
    SERVICE_TYPE("service_type", "Service type"),
    TARGET_GROUP("target_group", "Who it is for");

    private final String taxonomy;
    private final String label;

    Dimension(String taxonomy, String label) {
        this.taxonomy = taxonomy;
        this.label = label;
    }

    public String taxonomy() { return taxonomy; }
    public String getLabel() { return label; }
    public String getCode() { return taxonomy; }

    /** By taxonomy code as used in links ("ecm"); empty for anything else. */
    public static Optional<Dimension> of(String code) {
        for (Dimension d : values()) if (d.taxonomy.equals(code)) return Optional.of(d);
        return Optional.empty();
    }
}
