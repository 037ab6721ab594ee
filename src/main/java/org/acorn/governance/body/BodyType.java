package org.acorn.governance.body;

/** Kinds of partnership body. Reorganisations add rows, not code: "superseded by" links old and new bodies. */
public enum BodyType {
    CHILDRENS_TRUST_BOARD("Children's Trust board"),
    EXECUTIVE_GROUP("Executive (planning) group"),
    SUB_GROUP("Sub-group or partnership"),
    LSP("Local Strategic Partnership"),
    LSCB("Local Safeguarding Children Board"),
    SAFEGUARDING_PARTNERSHIP("Safeguarding partnership"),
    HEALTH_AND_WELLBEING_BOARD("Health and Wellbeing Board"),
    NETWORK_GROUP("Network group or forum"),
    LOCALITY_FORUM("Locality forum"),
    OTHER("Other partnership");

    private final String label;

    BodyType(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}
