package org.acorn.meetings.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.meetings.Meeting;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;

/** A meeting linked from someone's post: when and where; members' meetings only for members (as its page decides). */
@ApplicationScoped
public class MeetingCards implements RecordCards {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String code() { return "m"; }
    @Override public String page() { return "/meetings/meeting.xhtml"; }

    @Override
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Map<Long, RecordCard> out = new HashMap<>();
        for (Meeting m : em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
                .setParameter("ids", ids).getResultList()) {
            if (!m.isOpenToPublic() && reader == Reader.VISITOR) continue;
            out.put(m.getId(), new RecordCard(m.isCancelled() ? "Meeting (cancelled)" : "Meeting", m.getId(), m.getTitle(),
                    m.getWhen() + (m.getWhere().isBlank() ? "" : " · " + m.getWhere()), page() + "?id=" + m.getId()));
        }
        return out;
    }
}
