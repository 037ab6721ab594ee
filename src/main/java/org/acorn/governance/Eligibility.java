package org.acorn.governance;

import java.time.Instant;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;

/**
 * Who may take part in an election to a seat. An organisation nominates and votes when it is a member, joined
 * before nominations closed, and works in the seat's district (or, where the contest includes them, county-wide).
 * A whole-sector contest (no district) is open to every member.
 */
public final class Eligibility {

    private Eligibility() { }

    public static boolean inConstituency(Organisation org, Long districtId, boolean countyWideIncluded) {
        if (districtId == null) return true;
        if (org.isCountyWide()) return countyWideIncluded;
        return org.getDistricts().stream().anyMatch(d -> districtId.equals(d.getId()));
    }

    /** Null when eligible, otherwise the reason in words a person can act on. */
    public static String refusal(Organisation org, Long districtId, boolean countyWideIncluded, Instant nominationsClose) {
        if (org == null) return "That organisation is not on the network's register.";
        if (org.getMembershipStatus() != MembershipStatus.MEMBER) return org.getName() + " is not a current member of the network.";
        if (org.getJoinedAt() != null && nominationsClose != null && org.getJoinedAt().isAfter(nominationsClose)) {
            return org.getName() + " joined after nominations closed.";
        }
        if (!inConstituency(org, districtId, countyWideIncluded)) {
            return org.isCountyWide() ? org.getName() + " works county-wide; this contest is for organisations in the district."
                    : org.getName() + " does not work in this contest's district.";
        }
        return null;
    }
}
