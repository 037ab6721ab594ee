package org.acorn.meetings.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acorn.bulletins.BulletinItemSource;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.meetings.Meeting;
import org.acorn.meetings.minutes.Minutes;
import org.acorn.platform.config.Settings;

/**
 * Meetings for a bulletin: those coming up in the next four weeks (so members who cannot come can still send in
 * an item) and minutes approved since the last bulletin. Every meeting is readable by members, who get bulletins.
 */
@ApplicationScoped
public class MeetingItems implements BulletinItemSource {

    static final Duration AHEAD = Duration.ofDays(28);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;

    @Override public String name() { return "meeting"; }
    @Override public int order() { return 30; }

    @Override
    @Transactional
    public List<ItemCandidate> since(Instant from, Instant to) {
        List<ItemCandidate> out = new ArrayList<>();
        for (Meeting m : em.createQuery("select m from Meeting m where m.status = :s and m.startsAt > :to and m.startsAt <= :until"
                        + " order by m.startsAt", Meeting.class)
                .setParameter("s", Meeting.Status.SCHEDULED).setParameter("to", to).setParameter("until", to.plus(AHEAD))
                .getResultList()) {
            out.add(new ItemCandidate(name(), "coming-" + m.getId(), m.getTitle(), m.getWhen()
                    + (m.getWhere().isBlank() ? "" : ", " + m.getWhere()) + ". Can't come? Send in an item or a comment on the agenda.",
                    settings.baseUrl() + "/meetings/meeting.xhtml?id=" + m.getId(), m.getStartsAt(), "Meetings coming up"));
        }
        List<Minutes> approved = em.createQuery("select n from Minutes n where n.state = :a and n.approvedAt > :from"
                        + " and n.approvedAt <= :to order by n.approvedAt", Minutes.class)
                .setParameter("a", Minutes.State.APPROVED).setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, Meeting> meetings = new HashMap<>();
        if (!approved.isEmpty()) {
            em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
                    .setParameter("ids", approved.stream().map(Minutes::getMeetingId).toList()).getResultList()
                    .forEach(m -> meetings.put(m.getId(), m));
        }
        for (Minutes n : approved) {
            Meeting m = meetings.get(n.getMeetingId());
            if (m == null) continue;
            out.add(new ItemCandidate(name(), "minutes-" + n.getId(), "Minutes: " + m.getTitle() + ", " + m.getDayLabel(),
                    "Approved on " + DAY.format(n.getApprovedAt()) + ", with the actions agreed.",
                    settings.baseUrl() + "/meetings/minutes.xhtml?meeting=" + m.getId(), n.getApprovedAt(), "Minutes"));
        }
        return out;
    }
}
