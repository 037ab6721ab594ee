package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Caller;

/**
 * Who may see and run a meeting. Meetings are for members unless marked open to the public; staff run any
 * meeting, and its organiser, chair and minute-taker run theirs (an independent chair need not be staff).
 */
@ApplicationScoped
public class MeetingAccess {

    @Inject Caller caller;

    /** Member organisations' people, partner officers and staff: the platform's one rule. */
    public boolean isMember() {
        return caller.readsAsMember();
    }

    public boolean maySee(Meeting m) {
        return m != null && (m.isOpenToPublic() || isMember());
    }

    public boolean mayRun(Meeting m) {
        if (m == null) return false;
        if (caller.isStaff()) return true;
        Long me = caller.account().map(Account::getId).orElse(null);
        return me != null && (me.equals(m.getOrganiserId()) || me.equals(m.getChairId()) || me.equals(m.getMinuteTakerId()));
    }
}
