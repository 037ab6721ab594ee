package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;

/**
 * An opportunity linked from a forum post: shown as a card to members and staff. Cards know readers only coarsely
 * (visitor, member, staff); a member of the network who is not in an opt-in consortium sees the title and stage,
 * which the consortium's own bulletins tell every member anyway.
 */
@ApplicationScoped
public class OpportunityCards implements RecordCards {

    @PersistenceContext(unitName = "acorn") EntityManager em;

    @Override public String code() { return "co"; }
    @Override public String page() { return "/consortium/opportunity.xhtml"; }

    @Override
    @Transactional
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Map<Long, RecordCard> out = new HashMap<>();
        if (reader == Reader.VISITOR || ids.isEmpty()) return out;
        for (Opportunity o : em.createQuery("select o from Opportunity o where o.id in :ids", Opportunity.class).setParameter("ids", ids).getResultList()) {
            out.put(o.getId(), new RecordCard("Tender opportunity", o.getId(), o.getTitle(),
                    o.getCommissioner() + " · " + o.getValueLabel() + " · " + o.getStage().getLabel(), page() + "?id=" + o.getId()));
        }
        return out;
    }
}
