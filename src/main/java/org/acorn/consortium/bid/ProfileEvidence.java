package org.acorn.consortium.bid;

import java.util.List;
import org.acorn.directory.Organisation;

/** What a partner's directory profile says that a bid can use, in words a bid writer can paste. Pure. */
final class ProfileEvidence {

    private ProfileEvidence() { }

    static String summary(Organisation org, List<String> services, long accreditedVolunteers, long currentCertificates) {
        StringBuilder s = new StringBuilder(org.getName());
        if (org.getType() != null) s.append(" (").append(org.getType().getLabel()).append(")");
        s.append(".");
        if (!services.isEmpty()) s.append(" Runs ").append(services.size()).append(services.size() == 1 ? " service: " : " services: ")
                .append(String.join("; ", services)).append(".");
        int staff = nz(org.getStaffFullTime()) + nz(org.getStaffPartTime()) + nz(org.getStaffSessional());
        if (staff > 0) s.append(" Staff: ").append(nz(org.getStaffFullTime())).append(" full-time, ").append(nz(org.getStaffPartTime()))
                .append(" part-time, ").append(nz(org.getStaffSessional())).append(" sessional.");
        if (nz(org.getVolunteers()) > 0) s.append(" Volunteers: ").append(org.getVolunteers()).append(".");
        if (accreditedVolunteers > 0) s.append(" Volunteers holding the network's accreditation: ").append(accreditedVolunteers).append(".");
        if (currentCertificates > 0) s.append(" Current training certificates: ").append(currentCertificates).append(".");
        if (org.getAccreditation() != null && !org.getAccreditation().isBlank()) s.append(" Accreditation: ").append(org.getAccreditation()).append(".");
        if (org.getPoliciesHeld() != null && !org.getPoliciesHeld().isBlank()) s.append(" Policies held: ").append(org.getPoliciesHeld()).append(".");
        String out = s.toString();
        return out.length() <= 4000 ? out : out.substring(0, 3999) + "…";
    }

    private static int nz(Integer i) { return i == null ? 0 : i; }
}
