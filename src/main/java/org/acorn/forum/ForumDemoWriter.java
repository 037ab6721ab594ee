package org.acorn.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.acorn.directory.service.Service;
import org.acorn.network.District;
import org.acorn.network.NetworkModel;
import org.acorn.platform.account.Account;
import org.acorn.search.IndexEvents;

/**
 * Writes the demo forums (called by org.acorn.demo.ForumDemo): categories fitting the network model and
 * conversations in them. Posts are written directly (no emails go out for demo posts) and indexed for search.
 */
@ApplicationScoped
public class ForumDemoWriter {

    /** Who takes part and when "now" is. */
    public record Script(Random random, Instant now, List<Account> people, Account coordinator, List<Service> services) { }

    private record Conversation(String title, String opening, String... replies) { }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject ForumReaders readers;
    @Inject IndexEvents index;
    @Inject org.acorn.platform.cards.LinkedRecords linked;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasCategories() {
        return !em.createQuery("select c.id from ForumCategory c", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int write(NetworkModel model, List<District> districts, Script s) {
        int order = 10;
        List<ForumCategory> themes = new ArrayList<>();
        ForumCategory ask = category("Ask the network", ForumCategory.Kind.PUBLIC_QUESTIONS, CategoryVisibility.PUBLIC, null, null,
                "Questions from anyone (parents, professionals, commissioners) about what is on offer for children and families."
                        + " Members and staff answer.", order++, s);
        themes.add(category("Safeguarding", ForumCategory.Kind.THEME, CategoryVisibility.MEMBERS, null, null,
                "Policies, training, DBS checks and the LSCB's procedures. Never post details of a child or family.", order++, s));
        themes.add(category("Commissioning and funding", ForumCategory.Kind.THEME, CategoryVisibility.MEMBERS, null, null,
                "Tenders, grants, contract readiness and bidding together.", order++, s));
        themes.add(category("Joint working", ForumCategory.Kind.THEME, CategoryVisibility.MEMBERS, null, null,
                "Finding partners, sharing venues and volunteers, referrals between members.", order++, s));
        themes.add(category("Early years", ForumCategory.Kind.THEME, CategoryVisibility.MEMBERS, null, null,
                "Pre-schools, playgroups, childminders and children's centres.", order++, s));
        List<ForumCategory> localities = new ArrayList<>();
        List<ForumCategory> bodies = new ArrayList<>();
        if (model == NetworkModel.GROUP) {
            for (District d : districts) {
                ForumCategory c = category(d.getName() + " locality forum", ForumCategory.Kind.LOCALITY, CategoryVisibility.GROUP,
                        Audience.DISTRICT, d.getId(), "Between meetings of the " + d.getName()
                                + " locality forum: district items, issues to take to the Group.", 40 + d.getSortOrder(), s);
                localities.add(c);
            }
            bodies.add(category("The Group: district representatives", ForumCategory.Kind.BODY, CategoryVisibility.GROUP, Audience.LIST, null,
                    "The sixteen district representatives on the Group, and the Group's trust board place.", 60, s));
        } else if (model == NetworkModel.NETWORK) {
            bodies.add(category("Management Group", ForumCategory.Kind.BODY, CategoryVisibility.GROUP, Audience.LIST, null,
                    "The network's management group, between its monthly meetings.", 60, s));
        } else {
            themes.add(category("Consortium", ForumCategory.Kind.CONSORTIUM, CategoryVisibility.MEMBERS, null, null,
                    "The forum's Community Interest Company: tenders it is bidding for and how contract parts are allocated.", 30, s));
            bodies.add(category("Forum executive representatives", ForumCategory.Kind.BODY, CategoryVisibility.GROUP, Audience.LIST, null,
                    "Members the forum elected to the trust Executive and other groups.", 60, s));
        }
        ForumCategory staffRoom = category("Staff room", ForumCategory.Kind.OTHER, CategoryVisibility.GROUP, Audience.STAFF, null,
                "Network staff only.", 90, s);
        em.flush();

        int topics = 0;
        topics += converse(ask, ASK, s, true);
        for (int i = 0; i < themes.size(); i++) topics += converse(themes.get(i), THEMES[i % THEMES.length], s, false);
        for (ForumCategory c : localities) topics += converse(c, LOCALITY, s, true);
        topics += converse(staffRoom, STAFF, s, false);
        for (ForumCategory c : bodies) topics += converse(c, BODY, s, false);
        for (Account a : s.people()) {
            ForumMember m = em.find(ForumMember.class, a.getId());
            if (m == null) {
                m = new ForumMember(a.getId());
                em.persist(m);
            }
            m.setApprovedPoster(true);
        }
        em.persist(new Subscription(s.coordinator().getId(), ask.getId(), Subscription.Mode.EACH));
        for (ForumCategory c : List.of(ask)) Recount.category(em, c.getId());
        return topics;
    }

    private ForumCategory category(String name, ForumCategory.Kind kind, CategoryVisibility visibility, Audience audience,
                                   Long districtId, String description, int order, Script s) {
        ForumCategory c = new ForumCategory(name, kind, visibility, s.now().minus(Duration.ofDays(90)));
        c.setAccess(visibility, audience, districtId);
        c.setDescription(description);
        c.setSortOrder(order);
        em.persist(c);
        if (audience == Audience.LIST) {
            em.flush();
            // the demo representative sits on the body (with the first few demo members, illustratively)
            for (Account a : s.people().stream().filter(a -> a.hasRole(org.acorn.platform.security.Role.REPRESENTATIVE)
                    || a.getEmail().matches("forum[1-4]@example\\.org")).toList()) {
                em.createNativeQuery("insert into forum_category_member (category_id, account_id) values (?1, ?2)")
                        .setParameter(1, c.getId()).setParameter(2, a.getId()).executeUpdate();
            }
        }
        return c;
    }

    private int converse(ForumCategory c, Conversation[] bank, Script s, boolean pinWelcome) {
        List<Account> voices = s.people().stream().filter(a -> ForumAccess.mayStartTopic(readers.of(a), c)).toList();
        if (voices.isEmpty()) voices = List.of(s.coordinator());
        int made = 0;
        if (pinWelcome) {
            ForumTopic welcome = topic(c, "Welcome: how this forum works", s.coordinator(), s.now().minus(Duration.ofDays(80)),
                    "Welcome to **" + c.getName() + "**. " + c.getDescription() + "\n\nPlease read the [code of conduct](/forum/conduct.xhtml)"
                            + " before you post, and use **Flag** on any post that breaks it. You can choose to get every post by"
                            + " email, a daily or weekly digest, or nothing, under *My forum emails*.", List.of(), s);
            welcome.setPinned(true);
            made++;
        }
        for (Conversation conv : bank) {
            Account starter = voices.get(s.random().nextInt(voices.size()));
            Instant at = s.now().minus(Duration.ofHours(6 + s.random().nextInt(24 * 27)));
            List<Account> repliers = new ArrayList<>();
            for (int i = 0; i < conv.replies.length; i++) repliers.add(voices.get(s.random().nextInt(voices.size())));
            topic(c, conv.title, starter, at, fill(conv.opening, starter, voices, s), List.of(conv.replies), s, repliers);
            made++;
        }
        Recount.category(em, c.getId());
        return made;
    }

    private ForumTopic topic(ForumCategory c, String title, Account starter, Instant at, String opening, List<String> replies, Script s) {
        return topic(c, title, starter, at, opening, replies, s, List.of());
    }

    private ForumTopic topic(ForumCategory c, String title, Account starter, Instant at, String opening, List<String> replies,
                             Script s, List<Account> repliers) {
        ForumTopic t = new ForumTopic(c.getId(), title, starter.getId(), at);
        em.persist(t);
        em.flush();
        post(t, starter, at, opening);
        Instant when = at;
        for (int i = 0; i < replies.size(); i++) {
            when = when.plus(Duration.ofMinutes(20 + s.random().nextInt(60 * 20)));
            if (when.isAfter(s.now())) when = s.now().minus(Duration.ofMinutes(replies.size() - i));
            Account who = repliers.isEmpty() ? starter : repliers.get(i);
            ForumPost p = post(t, who, when, fill(replies.get(i), who, List.of(starter), s));
            t.replied(who.getId(), p.getCreatedAt());
        }
        em.persist(new TopicWatch(starter.getId(), t.getId(), TopicWatch.Level.FOLLOW));
        return t;
    }

    private ForumPost post(ForumTopic t, Account who, Instant at, String body) {
        ForumPost p = new ForumPost(t.getId(), t.nextPostNumber(), who.getId(), who.getOrganisationId(), ForumPost.Status.PUBLISHED, at);
        p.write(ForumText.render(body, linked.refs(body, ForumText.MAX_CARDS)));
        em.persist(p);
        em.flush();
        index.changed(Posting.INDEX_KIND, String.valueOf(p.getId()));
        return p;
    }

    /** {service} becomes a link to a directory service (shown as a card), {someone} a mention of another voice. */
    private static String fill(String text, Account author, List<Account> others, Script s) {
        String out = text;
        if (out.contains("{service}")) {
            out = s.services().isEmpty() ? out.replace("{service}", "the directory")
                    : out.replace("{service}", "/directory/service.xhtml?id=" + s.services().get(s.random().nextInt(s.services().size())).getId());
        }
        if (out.contains("{someone}")) {
            Account other = others.stream().filter(a -> !a.getId().equals(author.getId())).findFirst().orElse(author);
            out = out.replace("{someone}", Mentions.typed(other.getDisplayName()));
        }
        return out;
    }

    private static final Conversation[] ASK = {
            new Conversation("Is there a parents' group for dads near the station?",
                    "My partner would like to meet other dads with toddlers, ideally on a Saturday morning. Does anyone know of one?",
                    "Yes: try this one, it meets most Saturdays in term time: {service}",
                    "We run a dads' stay and play every other Saturday. Message us through our directory page and we'll send the dates.",
                    "Thank you both, that's really helpful."),
            new Conversation("Holiday activities with food for 8–11s?",
                    "Looking for free holiday clubs that include lunch for children aged 8 to 11 this summer.",
                    "Several members run holiday clubs with healthy food. The directory's search lets you filter by age and cost:"
                            + " search for *holiday* and tick *Free*.",
                    "{someone} our club still has places for the second week of August."),
            new Conversation("Support for young carers at secondary school",
                    "A Year 8 pupil I work with looks after her mum. Who offers young carers' support in the area?",
                    "Have a look at {service}. They also do school liaison.",
                    "The young carers' project takes self-referrals too, so the family can contact them directly."),
    };

    private static final Conversation[][] THEMES = {
            { // safeguarding
                    new Conversation("Roadshow dates for the safeguarding refresher",
                            "The safeguarding training roadshow is coming to the rural venues again this term. Which dates work for"
                                    + " evening and Saturday sessions? Volunteers mostly can't do weekdays.",
                            "Saturday mornings are best for us: most of our volunteers work.",
                            "Evening at the village hall would be great. Could we have a session on online safety too?",
                            "Noted, thank you. I'll put Saturday 10–1 and a Tuesday evening on the calendar."),
                    new Conversation("Template safeguarding policy for a small volunteer-run group",
                            "We are a playgroup with no paid staff. Has anyone got a short, plain-English safeguarding policy we"
                                    + " could adapt? The LSCB's model is 30 pages.",
                            "We adapted the LSCB template down to four pages: the essentials, who the designated lead is, what to"
                                    + " do and who to call. Happy to share it, {someone}.",
                            "Remember to review it every year and after any change in the LSCB's procedures."),
            },
            { // commissioning
                    new Conversation("Family support tender: anyone interested in bidding together?",
                            "The council's family support tender is out, split into four lots by district. We can't deliver a whole"
                                    + " lot on our own. Anyone interested in a joint bid?",
                            "Interested. We cover the north of the area and have two qualified family support workers.",
                            "We could do the evening and weekend sessions. {someone} shall we meet next week?",
                            "The co-ordinator can help with the monitoring and evaluation section: just ask."),
                    new Conversation("What does 'contract ready' actually mean?",
                            "Commissioners keep asking if we are contract ready. What do they look for?",
                            "Usually: up-to-date policies, insurance, audited accounts, a way of recording outcomes and the capacity"
                                    + " to deliver at the volume they want.",
                            "The development officers run a contract readiness check. It took us about an hour and was very useful."),
            },
            { // joint working
                    new Conversation("Sharing a minibus for summer trips",
                            "Our minibus sits idle most weekdays in August. Would another group like to share it (and the costs)?",
                            "Yes please! We'd need it on Wednesdays for our holiday club.",
                            "Do you need a driver with a D1 licence? We have two volunteers who could help."),
                    new Conversation("Referral between youth clubs and counselling",
                            "How are others handling referrals to counselling when a young person asks at youth club?",
                            "We use the counselling service's self-referral route and help the young person fill it in: {service}",
                            "Agreed, and we keep a note of the date we signposted, nothing more."),
            },
            { // early years
                    new Conversation("Two-year-old funded places: paperwork",
                            "Is anyone else finding the new claim forms for funded places for two-year-olds confusing?",
                            "Yes. The early years team ran a drop-in last month; they are doing another on the 14th.",
                            "{someone} I can show you how we do it, it took us a while to work out."),
            },
            { // consortium
                    new Conversation("Allocation of the parenting programme contract",
                            "The CIC has won the parenting programme contract. Here is the proposed allocation of sessions between"
                                    + " members; comments by Friday please.",
                            "Looks fair to us. Could we take the sessions in the east of the city? We already have a venue there.",
                            "Our QA paperwork is with the CIC office now."),
            },
    };

    private static final Conversation[] LOCALITY = {
            new Conversation("Items for the next locality forum meeting",
                    "The next meeting is on the first Thursday of the month. Please add district items here; common county items"
                            + " will be sent with the agenda.",
                    "Could we discuss the closure of the children's centre on the high street?",
                    "And transport to the new youth provision, please: there is no evening bus.",
                    "Both added. The children's centre item may need to go to the Group as a district issue."),
            new Conversation("Venue for evening meetings",
                    "Is anyone able to host the forum in the evening? Several members can't come in the daytime.",
                    "Our community room is free on Tuesday evenings and has parking.",
                    "Thank you {someone}, I'll check with everyone."),
    };

    private static final Conversation[] BODY = {
            new Conversation("Report back: trust board, last Tuesday",
                    "Key points from the trust board: the early help strategy was agreed; the VCS asked for a seat on the"
                            + " commissioning group. Issues for us to collect from members before the next meeting below.",
                    "Thanks. Members in my district raised the waiting times for speech and language therapy again.",
                    "Could we put transport to youth provision on the issue log too?",
                    "Both logged. I'll report back after the next board."),
    };

    private static final Conversation[] STAFF = {
            new Conversation("Weekly email update: items for Friday",
                    "Please add items for this week's email update by Thursday noon.",
                    "The LSCB consultation closes on the 30th: worth a reminder.",
                    "Training calendar updated; two places left on the first aid course."),
    };
}
