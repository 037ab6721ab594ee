package org.acorn.bulletins.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acorn.bulletins.BulletinItemSource;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.governance.body.BodyMeeting;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.governance.reportback.ReportBack;
import org.acorn.platform.config.Settings;
import org.acorn.platform.text.Markdown;

/** Representatives' published report-backs that they marked "for the bulletin". */
@ApplicationScoped
public class ReportBackItems implements BulletinItemSource {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Markdown markdown;
    @Inject Settings settings;

    @Override public String name() { return "report-back"; }
    @Override public int order() { return 20; }

    @Override
    @Transactional
    public List<ItemCandidate> since(Instant from, Instant to) {
        List<ItemCandidate> out = new ArrayList<>();
        for (ReportBack r : em.createQuery("select r from ReportBack r where r.status = :p and r.forBulletin = true"
                        + " and r.publishedAt > :from and r.publishedAt <= :to order by r.publishedAt", ReportBack.class)
                .setParameter("p", ReportBack.Status.PUBLISHED).setParameter("from", from).setParameter("to", to).getResultList()) {
            PartnershipBody body = em.find(PartnershipBody.class, r.getBodyId());
            BodyMeeting meeting = em.find(BodyMeeting.class, r.getMeetingId());
            String title = (body == null ? "A board" : body.getName()) + (meeting == null || meeting.getMeetsOn() == null ? ""
                    : ", " + meeting.getMeetsOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
            String summary = markdown.excerpt(r.getDecisions(), 300)
                    + (r.getAsks() == null || r.getAsks().isBlank() ? "" : " Asks of members: " + markdown.excerpt(r.getAsks(), 200));
            out.add(new ItemCandidate(name(), String.valueOf(r.getId()), "Report back: " + title, summary,
                    settings.baseUrl() + "/representation/report-back.xhtml?id=" + r.getId(), r.getPublishedAt(), "Report-backs from boards"));
        }
        return out;
    }
}
