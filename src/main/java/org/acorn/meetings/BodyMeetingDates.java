package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.acorn.governance.body.BodyDates;

/** A partnership body's meetings scheduled here, for the body's page in representation (what the caller may see). */
@ApplicationScoped
public class BodyMeetingDates implements BodyDates {

    @Inject Meetings meetings;

    @Override
    public List<Dated> datesOf(Long bodyId) {
        return meetings.ofBody(bodyId).stream().map(m -> new Dated(m.getBodyMeetingId(), m.getMeetsOn(), m.getTitle(),
                m.getTimeLabel() + (m.getWhere().isEmpty() ? "" : ", " + m.getWhere()), "/meetings/meeting.xhtml?id=" + m.getId(),
                m.isCancelled())).toList();
    }
}
