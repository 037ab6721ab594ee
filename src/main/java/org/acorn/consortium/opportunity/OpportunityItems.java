package org.acorn.consortium.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.acorn.bulletins.BulletinItemSource;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.platform.config.Settings;

/** "Tender opportunities" in a bulletin: those posted in the period that are still open for interest. */
@ApplicationScoped
public class OpportunityItems implements BulletinItemSource {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;

    @Override public String name() { return "opportunity"; }
    @Override public int order() { return 45; }

    @Override
    @Transactional
    public List<ItemCandidate> since(Instant from, Instant to) {
        return em.createQuery("select o from Opportunity o where o.createdAt > :f and o.createdAt <= :t order by o.createdAt", Opportunity.class)
                .setParameter("f", from).setParameter("t", to).getResultList().stream()
                .filter(o -> o.interestOpen(to))
                .map(o -> new ItemCandidate(name(), "opp-" + o.getId(), o.getTitle(),
                        o.getCommissioner() + ", " + o.getValueLabel() + " (" + o.getContractModel().getLabel() + "). Expressions of interest close "
                                + o.getInterestDeadlineLabel() + ". For members of the consortium.",
                        settings.baseUrl() + "/consortium/opportunity.xhtml?id=" + o.getId(), o.getCreatedAt(), "Tender opportunities"))
                .toList();
    }
}
