package org.acorn.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.acorn.platform.security.Caller;
import org.acorn.training.booking.Booking;
import org.acorn.training.course.Run;

/** Who may do what with training, in one place: staff run everything; a run's trainer keeps its register. */
@RequestScoped
public class TrainingAccess {

    @Inject Caller caller;

    public boolean mayManage() { return caller.isStaff(); }

    /** Staff, or the trainer named on the run. */
    public boolean mayTakeRegister(Run run) {
        if (caller.isStaff()) return true;
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        return me != null && me.equals(run.getTrainerId());
    }

    /** The booker, the attendee, their organisation's admin, or staff. */
    public boolean maySee(Booking b) {
        if (caller.isStaff()) return true;
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        if (me == null) return false;
        return me.equals(b.getBookedBy()) || me.equals(b.getAttendeeId()) || caller.adminsOrganisation(b.getOrganisationId());
    }
}
