package org.acorn.directory.record;

import org.acorn.platform.security.Caller;
import org.acorn.platform.security.Role;

/**
 * Who is reading a directory record, and so which of its fields they see. Public fields are for everyone;
 * member fields for signed-in people of the network (members, staff); level of need for professionals
 * (members, staff, statutory partner officers); restricted fields (safeguarding lead, contact preference,
 * membership standing) for network staff and the organisation's own admin.
 */
public record Audience(boolean signedIn, boolean member, boolean partner, boolean staff, Long ownOrganisationId,
                       boolean orgAdmin) {

    public static final Audience VISITOR = new Audience(false, false, false, false, null, false);

    public static Audience of(Caller caller) {
        if (!caller.isSignedIn()) return VISITOR;
        boolean member = caller.has(Role.MEMBER) || caller.has(Role.ORG_ADMIN) || caller.has(Role.REPRESENTATIVE);
        return new Audience(true, member, caller.has(Role.PARTNER_OFFICER), caller.isStaff(), caller.organisationId(),
                caller.has(Role.ORG_ADMIN));
    }

    /** Contact people, income, workforce, policies: shared within the network, not with the public. */
    public boolean seesMemberFields() { return staff || member; }

    /** Level of need is a professional judgement, not a label for families. */
    public boolean seesLevelOfNeed() { return staff || member || partner; }

    /** The organisation's admin or network staff: safeguarding lead and how the network contacts them. */
    public boolean seesRestrictedFieldsOf(Long organisationId) { return staff || adminOf(organisationId); }

    /** Records that are not public (a non-member organisation, a closed service) are for staff and their own admin. */
    public boolean seesHiddenRecordsOf(Long organisationId) { return staff || adminOf(organisationId); }

    public boolean mayEdit(Long organisationId) { return staff || adminOf(organisationId); }

    private boolean adminOf(Long organisationId) {
        return orgAdmin && organisationId != null && organisationId.equals(ownOrganisationId);
    }
}
