package org.acorn.meetings.minutes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Actions are carried forward without anyone copying them: every action still open that was agreed at an
 * earlier meeting of the same line (series, or the same district's forum) appears under "matters arising"
 * on the next meeting's agenda, and the one after, until it is done or dropped.
 */
public final class CarryForward {

    private CarryForward() { }

    /**
     * @param actions actions agreed at meetings of the same line
     * @param meetingStarts when each of those meetings started, by id
     * @param meetingStart when the meeting whose agenda is being made starts
     */
    public static List<MeetingAction> carried(List<MeetingAction> actions, Map<Long, Instant> meetingStarts, Instant meetingStart) {
        return actions.stream()
                .filter(a -> !a.getStatus().isClosed())
                .filter(a -> {
                    Instant agreed = meetingStarts.get(a.getMeetingId());
                    return agreed != null && agreed.isBefore(meetingStart);
                })
                .sorted(Comparator.comparing(MeetingAction::getDueOn).thenComparing(MeetingAction::getDescription))
                .toList();
    }
}
