package org.acorn.governance.payment;

/** In what capacity someone attended a meeting: schemes say which they pay for. */
public enum Capacity {
    REPRESENTATIVE("Representative"), DEPUTY("Deputy"), MEMBER("Network member");

    private final String label;

    Capacity(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}
