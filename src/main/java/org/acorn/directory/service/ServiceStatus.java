package org.acorn.directory.service;

/** Whether a service is running as listed. */
public enum ServiceStatus {
    ACTIVE("Running"),
    REDUCED("Running a reduced service"),
    CLOSED("Closed");

    private final String label;

    ServiceStatus(String label) { this.label = label; }

    public String label() { return label; }
}
