package org.acorn.directory.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudienceTest {

    static final Audience MEMBER_OF_7 = new Audience(true, true, false, false, 7L, false);
    static final Audience ADMIN_OF_7 = new Audience(true, true, false, false, 7L, true);
    static final Audience PARTNER = new Audience(true, false, true, false, null, false);
    static final Audience STAFF = new Audience(true, false, false, true, null, false);

    @Test
    void visitorsSeeOnlyPublicFields() {
        assertThat(Audience.VISITOR.seesMemberFields()).isFalse();
        assertThat(Audience.VISITOR.seesLevelOfNeed()).isFalse();
        assertThat(Audience.VISITOR.seesRestrictedFieldsOf(7L)).isFalse();
        assertThat(Audience.VISITOR.seesHiddenRecordsOf(7L)).isFalse();
        assertThat(Audience.VISITOR.seesRestrictedFieldsOf(null)).isFalse();
    }

    @Test
    void aPlainMemberNeverSeesTheSafeguardingLeadEvenOfTheirOwnOrganisation() {
        assertThat(MEMBER_OF_7.seesMemberFields()).isTrue();
        assertThat(MEMBER_OF_7.seesLevelOfNeed()).isTrue();
        assertThat(MEMBER_OF_7.seesRestrictedFieldsOf(7L)).isFalse();
        assertThat(MEMBER_OF_7.mayEdit(7L)).isFalse();
    }

    @Test
    void anOrganisationAdminSeesRestrictedFieldsOfTheirOwnOrganisationOnly() {
        assertThat(ADMIN_OF_7.seesRestrictedFieldsOf(7L)).isTrue();
        assertThat(ADMIN_OF_7.seesRestrictedFieldsOf(8L)).isFalse();
        assertThat(ADMIN_OF_7.seesHiddenRecordsOf(8L)).isFalse();
        assertThat(ADMIN_OF_7.mayEdit(7L)).isTrue();
    }

    @Test
    void partnerOfficersSeeLevelOfNeedButNotMemberFields() {
        assertThat(PARTNER.seesLevelOfNeed()).isTrue();
        assertThat(PARTNER.seesMemberFields()).isFalse();
        assertThat(PARTNER.seesRestrictedFieldsOf(7L)).isFalse();
    }

    @Test
    void staffSeeEverything() {
        assertThat(STAFF.seesMemberFields()).isTrue();
        assertThat(STAFF.seesRestrictedFieldsOf(7L)).isTrue();
        assertThat(STAFF.seesHiddenRecordsOf(7L)).isTrue();
        assertThat(STAFF.mayEdit(8L)).isTrue();
    }
}
