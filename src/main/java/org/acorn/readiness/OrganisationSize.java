package org.acorn.readiness;

import org.acorn.directory.IncomeBand;

/**
 * How big an organisation is for the safeguarding self-assessment, read from the directory: its income band (against
 * the network's "small" threshold) and its paid staff. The seed asks for the checks to be applied "proportionately to
 * your organisation's circumstances" (002 l.643): a volunteer-run playgroup is not asked about case-file audits.
 */
public enum OrganisationSize {
    VOLUNTEER_RUN("a small volunteer-run group"),
    SMALL("a small organisation with paid staff"),
    LARGER("a larger charity or organisation");

    private final String label;

    OrganisationSize(String label) { this.label = label; }

    public String getLabel() { return label; }

    /**
     * @param band            the income band, or null when the organisation has not said
     * @param paidStaff       full-time, part-time and sessional staff together (unknown counts as none)
     * @param smallThreshold  the network's "small" income, in pounds
     */
    public static OrganisationSize of(IncomeBand band, int paidStaff, int smallThreshold) {
        if (band != null && !band.isSmall(smallThreshold)) return LARGER;
        if (paidStaff <= 0) return VOLUNTEER_RUN;
        if (band == null && paidStaff >= 10) return LARGER;
        return SMALL;
    }

    /** Adds up staff counts any of which may be unknown. */
    public static int paid(Integer fullTime, Integer partTime, Integer sessional) {
        return (fullTime == null ? 0 : Math.max(0, fullTime)) + (partTime == null ? 0 : Math.max(0, partTime))
                + (sessional == null ? 0 : Math.max(0, sessional));
    }
}
