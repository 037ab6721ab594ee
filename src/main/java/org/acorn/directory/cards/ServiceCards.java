package org.acorn.directory.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;

/** A service's public page as a card, unless the service has closed (its page is then staff-only). */
@ApplicationScoped
public class ServiceCards implements RecordCards {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String code() { return "s"; }
    @Override public String page() { return "/directory/service.xhtml"; }

    @Override
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Map<Long, RecordCard> out = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.name, s.description from Service s where s.id in :ids"
                        + " and s.status <> :closed", Object[].class)
                .setParameter("ids", ids).setParameter("closed", ServiceStatus.CLOSED).getResultList()) {
            Long id = (Long) row[0];
            out.put(id, new RecordCard("Service", id, (String) row[1], (String) row[2], page() + "?id=" + id));
        }
        return out;
    }
}
