package org.acorn.updates.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.acorn.platform.cards.RecordCard;
import org.acorn.platform.cards.RecordCards;
import org.acorn.platform.text.Markdown;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateVisibility;

/** An update linked from someone's post: its kind and opening words, once published and only to those it is for. */
@ApplicationScoped
public class UpdateCards implements RecordCards {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Clock clock;
    @Inject Markdown markdown;

    @Override public String code() { return "u"; }
    @Override public String page() { return "/updates/update.xhtml"; }

    @Override
    public Map<Long, RecordCard> cards(Set<Long> ids, Reader reader) {
        Set<UpdateVisibility> may = switch (reader) {
            case STAFF -> EnumSet.allOf(UpdateVisibility.class);
            case MEMBER -> EnumSet.of(UpdateVisibility.PUBLIC, UpdateVisibility.MEMBERS);
            case VISITOR -> EnumSet.of(UpdateVisibility.PUBLIC);
        };
        Map<Long, RecordCard> out = new HashMap<>();
        for (NewsUpdate u : em.createQuery("select u from NewsUpdate u where u.id in :ids and u.visibility in :may"
                        + " and u.publishAt <= :now and u.withdrawnAt is null and u.deletedAt is null", NewsUpdate.class)
                .setParameter("ids", ids).setParameter("may", may).setParameter("now", clock.instant()).getResultList()) {
            out.put(u.getId(), new RecordCard(u.getKind().label(), u.getId(), u.getTitle(),
                    markdown.excerpt(u.getBodyMarkdown(), 160), page() + "?id=" + u.getId()));
        }
        return out;
    }
}
