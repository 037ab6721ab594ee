package org.acorn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationType;
import org.acorn.network.District;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final Instant CLOSE = Instant.parse("2026-05-01T16:00:00Z");

    static District district(long id, String name) {
        District d = new District(name, (int) id);
        try {
            var f = District.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(d, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return d;
    }

    static Organisation org(String name, District... districts) {
        Organisation o = new Organisation(name, OrganisationType.COMMUNITY_GROUP, Instant.EPOCH);
        o.setMembershipStatus(MembershipStatus.MEMBER);
        o.setJoinedAt(Instant.parse("2024-01-01T00:00:00Z"));
        o.setDistricts(Set.of(districts));
        return o;
    }

    @Test
    void membersInTheDistrictMayTakePart() {
        District a = district(1, "Amber Valley");
        assertThat(Eligibility.refusal(org("Ashby Youth Club", a), 1L, false, CLOSE)).isNull();
    }

    @Test
    void organisationsElsewhereMayNot() {
        District a = district(1, "Amber Valley");
        assertThat(Eligibility.refusal(org("Ashby Youth Club", a), 2L, false, CLOSE)).isEqualTo(
                "Ashby Youth Club does not work in this contest's district.");
    }

    @Test
    void countyWideOrganisationsOnlyWhenTheContestIncludesThem() {
        Organisation county = org("County Play Association");
        county.setCountyWide(true);
        assertThat(Eligibility.refusal(county, 1L, false, CLOSE)).contains("works county-wide");
        assertThat(Eligibility.refusal(county, 1L, true, CLOSE)).isNull();
        assertThat(Eligibility.refusal(county, null, false, CLOSE)).isNull(); // a whole-sector contest
    }

    @Test
    void formerMembersAndLateJoinersMayNot() {
        District a = district(1, "Amber Valley");
        Organisation lapsed = org("Lapsed Group", a);
        lapsed.setMembershipStatus(MembershipStatus.LAPSED);
        assertThat(Eligibility.refusal(lapsed, 1L, false, CLOSE)).contains("not a current member");
        Organisation late = org("Late Joiners", a);
        late.setJoinedAt(CLOSE.plusSeconds(60));
        assertThat(Eligibility.refusal(late, 1L, false, CLOSE)).contains("joined after nominations closed");
        Organisation listed = org("Imported Listing", a);
        listed.setMembershipStatus(MembershipStatus.LISTED);
        assertThat(Eligibility.refusal(listed, null, false, CLOSE)).contains("not a current member");
        assertThat(Eligibility.refusal(null, null, false, CLOSE)).contains("not on the network's register");
    }
}
