package org.acorn.meetings;

/** The kinds of meeting a network holds or goes to (issue 5). A body's meeting is seen from the sector's side. */
public enum MeetingKind {
    MANAGEMENT_GROUP("Management group"),
    NETWORK_MEETING("Network or forum meeting"),
    GROUP_MEETING("Group meeting"),
    LOCALITY_FORUM("District locality forum"),
    THEMATIC("Thematic meeting"),
    AD_HOC_LOCAL("Ad hoc local meeting"),
    REPRESENTATIVES("Representatives' meeting with a development officer"),
    CONSORTIUM("Consortium members' meeting"),
    PARTNERSHIP_BODY("Meeting of a partnership body");

    private final String label;

    MeetingKind(String label) { this.label = label; }

    public String label() { return label; }
    public String getLabel() { return label; }
}
