package org.acorn.directory.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.directory.MembershipStatus;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;

/** A member organisation's public profile as a card: its name and description are public to everyone. */
@ApplicationScoped
public class OrganisationCards implements RecordCards {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String code() { return "o"; }
    @Override public String page() { return "/directory/organisation.xhtml"; }

    @Override
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Map<Long, RecordCard> out = new HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o.name, o.description from Organisation o where o.id in :ids"
                        + " and o.membershipStatus = :member", Object[].class)
                .setParameter("ids", ids).setParameter("member", MembershipStatus.MEMBER).getResultList()) {
            Long id = (Long) row[0];
            out.put(id, new RecordCard("Organisation", id, (String) row[1], (String) row[2], page() + "?id=" + id));
        }
        return out;
    }
}
