package org.acorn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.bulletins.BulletinDemoWriter;
import org.acorn.bulletins.ItemCandidate;
import org.acorn.governance.body.BodyType;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.network.NetworkProfile;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.Role;
import org.acorn.updates.NewsUpdate;
import org.acorn.updates.UpdateDemoWriter;
import org.acorn.updates.UpdateKind;
import org.acorn.updates.UpdateVisibility;
import org.acorn.updates.Updates;

/**
 * Demo updates for each network model, loaded once after the directory, representation and forum demos: a few of
 * every kind (the LSCB's from its business manager, linked to the LSCB as its partner officer), a briefing with key
 * actions, an open consultation with members' responses and a closed one with "you said, we did", a resource
 * library, last week's sent bulletin and this week's draft, so a co-ordinator can make the weekly email update
 * from what is new. All illustrative.
 */
@ApplicationScoped
public class UpdatesDemo {

    private static final Logger LOG = Logger.getLogger(UpdatesDemo.class.getName());

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject UpdateDemoWriter writer;
    @Inject BulletinDemoWriter bulletins;
    @Inject LibraryDemo library;
    @Inject java.time.Clock clock;

    @Transactional
    void onReady(@Observes @Priority(750) DatabaseReady ready) {
        if ("none".equalsIgnoreCase(settings.demoProfile())) return;
        if (em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID) == null || writer.hasUpdates()) return;
        Account coordinator = account("coordinator@example.org");
        Account partner = account("partner@example.org");
        if (coordinator == null || partner == null) return;
        Instant now = clock.instant().minus(settings.clockOffset());
        PartnershipBody lscb = body(BodyType.LSCB);
        PartnershipBody trust = body(BodyType.CHILDRENS_TRUST_BOARD);
        if (lscb != null) writer.linkOfficer(lscb.getId(), partner.getId());
        List<String> districts = keys("select id from district order by sort_order", "district-");
        List<String> ecm = keys("select t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id where x.code = 'ecm'"
                + " and t.parent_id is null order by t.sort_order", "term-");
        List<String> themes = keys("select t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id where x.code = 'service_type'"
                + " and t.parent_id is null order by t.sort_order", "term-");
        String staySafe = ecm.size() > 1 ? ecm.get(1) : null;
        String beHealthy = ecm.isEmpty() ? null : ecm.get(0);
        String district = districts.isEmpty() ? null : districts.get(0);
        String social = themes.isEmpty() ? null : themes.get(0);

        List<NewsUpdate> older = new ArrayList<>();
        List<NewsUpdate> newer = new ArrayList<>();
        Long lscbId = lscb == null ? null : lscb.getId();
        Long trustId = trust == null ? null : trust.getId();
        older.add(writer.write(UpdateKind.LSCB, partner, lscbId, "Revised threshold document: levels of need",
                "The LSCB has agreed a revised **threshold document** describing the continuum of need from universal to specialist.\n\n"
                        + "- What changes for early help referrals\n- Who to call when you are unsure\n\nPlease share it with your staff and volunteers.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(10)), null, tags(staySafe), List.of()));
        older.add(writer.write(UpdateKind.PARTNERSHIP, coordinator, trustId, "Children's Trust board: refreshing the Children and Young People's Plan",
                "The trust board started refreshing the Children and Young People's Plan. The sector's representatives asked for"
                        + " a session with small groups in the evening so that volunteers can take part.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(9)), null, tags(social), List.of()));
        older.add(writer.write(UpdateKind.NETWORK_NEWS, coordinator, null, "Welcome to our new members",
                "Six groups joined the network this month, among them a dads' group and two pre-schools. Say hello in the forum!",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(12)), null, tags(district), List.of()));
        older.add(writer.write(UpdateKind.COORDINATOR, coordinator, null, "From the co-ordinator: the month ahead",
                "A busy month: the safeguarding roadshow visits three rural venues, and the management group meets on Thursday evening.",
                UpdateVisibility.MEMBERS, now.minus(Duration.ofDays(8)), null, tags(), List.of()));
        NewsUpdate consultation = writer.write(UpdateKind.CONSULTATION, coordinator, trustId, "Consultation: early help strategy",
                "The Children's Trust asks the sector for its views on the draft **early help strategy**. What works for the families"
                        + " you see? What gets in the way of referrals? Respond here by the closing date; the co-ordinator will collate a"
                        + " network response.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(11)), LocalDate.ofInstant(now, Updates.ZONE).plusDays(10),
                tags(beHealthy, staySafe), List.of());
        older.add(consultation);
        newer.add(writer.write(UpdateKind.LSCB, partner, lscbId, "LSCB annual report and new safeguarding training dates",
                "The LSCB's annual report is out. It thanks voluntary groups for taking part in the section 11 audit.\n\n"
                        + "New **basic safeguarding** training dates for volunteers are on the training calendar, including two Saturdays.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(2)), null, tags(staySafe), List.of()));
        newer.add(writer.write(UpdateKind.PARTNERSHIP, coordinator, trustId, "Early Help sub-group: one assessment form from next term",
                "The early help sub-group agreed a single assessment form. Groups that run family support will be offered a short briefing.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(2)).plus(Duration.ofHours(3)), null, tags(social), List.of()));
        newer.add(writer.write(UpdateKind.BRIEFING, coordinator, null, "Briefing: safer recruitment for small groups",
                "What the new guidance means for groups run by volunteers, in plain words. Tick off the key actions as you go.",
                UpdateVisibility.MEMBERS, now.minus(Duration.ofDays(3)), null, tags(staySafe),
                List.of("Name a safeguarding lead and tell the network", "Check your volunteers' DBS renewals",
                        "Put the safer recruitment template on your next committee agenda")));
        newer.add(writer.write(UpdateKind.NETWORK_NEWS, coordinator, null, "Funding: small grants round opens",
                "The community foundation's small grants round (up to £2,000) is open to groups with income under £100k.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(1)), null, tags(), List.of()));
        newer.add(writer.write(UpdateKind.NEWSLETTER, coordinator, null, "Newsletter: a day with a parent and toddler group",
                "Our newsletter visits a volunteer-run parent and toddler group that meets in a church hall twice a week.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(4)), null, tags(district), List.of()));
        newer.add(writer.write(UpdateKind.COORDINATOR, coordinator, null, "From the co-ordinator: papers for Thursday",
                "The papers for the management group on Thursday evening are in the library. Please send apologies by Wednesday.",
                UpdateVisibility.MEMBERS, now.minus(Duration.ofHours(20)), null, tags(), List.of()));
        NewsUpdate closed = writer.write(UpdateKind.CONSULTATION, coordinator, trustId, "Consultation: play and youth provision review",
                "The council asked how play and youth provision should change. The consultation has closed; see the network's"
                        + " response and what the council did with it below.",
                UpdateVisibility.PUBLIC, now.minus(Duration.ofDays(70)), LocalDate.ofInstant(now, Updates.ZONE).minusDays(40),
                tags(beHealthy), List.of());

        List<Account> members = em.createQuery("select a from Account a where a.organisationId is not null and a.email like '%@example.org'"
                + " order by a.id", Account.class).setMaxResults(4).getResultList();
        String[] answers = {"Families tell us the referral form is too long; a phone call works better for them.",
                "Evening and Saturday sessions would let our volunteers take part.",
                "Please fund interpreters: many of the families we see speak little English."};
        for (int i = 0; i < Math.min(answers.length, members.size()); i++) {
            writer.respond(consultation, members.get(i), answers[i], now.minus(Duration.ofDays(9 - i)));
        }
        writer.conclude(closed, "The network asked the council to **keep open-access youth clubs** in the rural districts and to"
                + " fund volunteer-run holiday play schemes.", "The council kept four rural youth clubs open and set up a small"
                + " holiday play fund for volunteer-run groups.", now.minus(Duration.ofDays(30)));

        String base = settings.baseUrl();
        List<ItemCandidate> lastWeek = older.stream().filter(u -> u.getVisibility() != UpdateVisibility.STAFF)
                .map(u -> new ItemCandidate("update", String.valueOf(u.getId()), u.getTitle(),
                        u.getBodyMarkdown().replaceAll("[*#_>-]", "").replaceAll("\\s+", " ").strip(),
                        base + "/updates/update.xhtml?id=" + u.getId(), u.getPublishAt(), u.getKind().plural())).toList();
        bulletins.sent(coordinator, "Weekly email update, " + day(now.minus(Duration.ofDays(7))),
                "Hello everyone. This week: a new threshold document from the LSCB, the trust board's plan, and a consultation"
                        + " that needs your views.", lastWeek, now.minus(Duration.ofDays(7)));
        bulletins.draft(coordinator, "Weekly email update, " + day(now),
                "Hello everyone. Here is what is new this week. Please respond to the early help consultation.", now);
        int resources = library.load(coordinator, now);
        LOG.info(() -> "event=demo.updates.loaded updates=" + (older.size() + newer.size() + 1) + " resources=" + resources);
    }

    private static String day(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy").format(at.atZone(Updates.ZONE));
    }

    private Account account(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class).setParameter("e", email)
                .getResultStream().findFirst().orElse(null);
    }

    private PartnershipBody body(BodyType type) {
        return em.createQuery("select b from PartnershipBody b where b.type = :t order by b.id", PartnershipBody.class)
                .setParameter("t", type).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private List<String> keys(String sql, String prefix) {
        List<String> out = new ArrayList<>();
        for (Object id : em.createNativeQuery(sql).getResultList()) out.add(prefix + ((Number) id).longValue());
        return out;
    }

    private static Set<String> tags(String... keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) if (k != null) out.add(k);
        return out;
    }

    static boolean isStaff(Account a) { return a.getRoles().stream().anyMatch(Role::isStaff); }
}
