package org.acorn.consortium.opportunity;

/** How the commissioner pays: the words commissioners use. */
public enum ContractModel {
    GRANT("Grant"), BLOCK("Block contract"), SPOT("Spot purchase"), PAYMENT_BY_RESULTS("Payment by results");

    private final String label;
    ContractModel(String label) { this.label = label; }
    public String getLabel() { return label; }
}
