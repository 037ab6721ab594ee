package org.acorn.bulletins.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Audiences computed from the database at the moment of sending, never hand-copied: members (all, by district,
 * by theme or ECM outcome), seat holders (representatives, the management group, one body's), development
 * officers, and manual lists of outside contacts. {@link AudienceRules} then applies choices and refusals.
 */
@ApplicationScoped
public class Audiences {

    private static final String PERSON = "select a.id, a.email, a.display_name, o.name, o.postal_address, o.contact_preference, o.contact_phone ";
    private static final String MEMBERS = PERSON + "from account a join organisation o on o.id = a.organisation_id"
            + " where a.status = 'ACTIVE' and a.email_verified_at is not null and o.membership_status = 'MEMBER'";
    private static final String SEAT_HOLDERS = PERSON + "from seat_term st join seat s on s.id = st.seat_id"
            + " join account a on a.id = st.account_id left join organisation o on o.id = a.organisation_id"
            + " where st.current_slot is not null and a.status = 'ACTIVE'";
    private static final String WITH_ROLE = PERSON + "from account a join account_role r on r.account_id = a.id"
            + " left join organisation o on o.id = a.organisation_id where a.status = 'ACTIVE' and r.role_name = ?";
    private static final String SERVES_DISTRICT = " and (o.county_wide = TRUE or exists (select 1 from organisation_district od"
            + " where od.organisation_id = o.id and od.district_id = ?))";
    private static final String OFFERS_TERM = " and exists (select 1 from service sv join service_term st on st.service_id = sv.id"
            + " join taxonomy_term t on t.id = st.term_id where sv.organisation_id = o.id and (t.id = ? or t.parent_id = ?"
            + " or t.parent_id in (select p.id from taxonomy_term p where p.parent_id = ?)))";

    /** A choice for the audience picker. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String value;
        private final String label;

        Choice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() { return value; }
        public String getLabel() { return label; }
    }

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject TopicChoices choices;

    /** Everyone the audience reaches, before choices and refusals are applied. */
    @Transactional
    public List<Recipient> reach(AudienceSpec spec) {
        List<Recipient> out = new ArrayList<>();
        switch (spec.kind()) {
            case ALL -> out.addAll(people(em.createNativeQuery(MEMBERS + " order by a.id")));
            case DISTRICT -> out.addAll(people(em.createNativeQuery(MEMBERS + SERVES_DISTRICT + " order by a.id")
                    .setParameter(1, spec.id())));
            case TERM -> out.addAll(people(em.createNativeQuery(MEMBERS + OFFERS_TERM + " order by a.id")
                    .setParameter(1, spec.id()).setParameter(2, spec.id()).setParameter(3, spec.id())));
            case REPRESENTATIVES -> {
                out.addAll(people(em.createNativeQuery(SEAT_HOLDERS + " order by a.id")));
                out.addAll(people(em.createNativeQuery(WITH_ROLE + " order by a.id").setParameter(1, "REPRESENTATIVE")));
            }
            case MANAGEMENT -> out.addAll(people(em.createNativeQuery(SEAT_HOLDERS
                    + " and s.body_id in (select b.id from partnership_body b where b.body_type = 'NETWORK_GROUP') order by a.id")));
            case BODY -> out.addAll(people(em.createNativeQuery(SEAT_HOLDERS + " and s.body_id = ? order by a.id")
                    .setParameter(1, spec.id())));
            case DEVELOPMENT -> out.addAll(people(em.createNativeQuery(WITH_ROLE + " order by a.id")
                    .setParameter(1, "DEVELOPMENT_OFFICER")));
            case LIST -> {
                for (Object r : em.createNativeQuery("select c.id, c.email, c.name from outside_contact c where c.list_name = ?"
                        + " and c.stopped_at is null order by c.id").setParameter(1, spec.list()).getResultList()) {
                    Object[] row = (Object[]) r;
                    out.add(new Recipient(null, ((Number) row[0]).longValue(), (String) row[1], (String) row[2], null, null, null,
                            Recipient.EMAIL, false));
                }
            }
        }
        return out;
    }

    /**
     * The email, print and call lists for a topic: everyone reached, less those who chose nothing, refused addresses
     * once each; people from organisations that asked for post or phone are emailed only if they chose the topic
     * themselves.
     */
    @Transactional
    public AudienceRules.Lists lists(AudienceSpec spec, Topic topic) {
        List<Recipient> found = reach(spec);
        Set<Long> chosen = new HashSet<>(choices.ids(topic, Topic.Mode.EACH));
        chosen.addAll(choices.ids(topic, Topic.Mode.WEEKLY));
        return AudienceRules.apply(found, choices.optedOut(topic), chosen, refused());
    }

    /** What the audience preview says: how many by email, post and phone, and how many are left out and why. */
    public record Summary(int email, int post, int phone, int optedOut, int refused) {
        public int getEmail() { return email; }
        public int getPost() { return post; }
        public int getPhone() { return phone; }
        public int getOptedOut() { return optedOut; }
        public int getRefused() { return refused; }
    }

    @Transactional
    public Summary summary(AudienceSpec spec, Topic topic) {
        AudienceRules.Lists lists = lists(spec, topic);
        return new Summary(lists.email().size(), printList(spec).size(), callList(spec).size(), lists.optedOut(), lists.refused());
    }

    /**
     * The print list: member organisations in the audience that asked for post (with their contact and address),
     * whether or not anyone there has an account; for seat holders and lists, the people found who asked for post.
     */
    @Transactional
    public List<Recipient> printList(AudienceSpec spec) {
        return organisations(spec, Recipient.POST);
    }

    /** The call list: as the print list, for organisations that asked to be rung (with their phone number). */
    @Transactional
    public List<Recipient> callList(AudienceSpec spec) {
        return organisations(spec, Recipient.PHONE);
    }

    private List<Recipient> organisations(AudienceSpec spec, String preference) {
        String orgs = "select o.id, o.contact_name, o.name, o.postal_address, o.contact_phone from organisation o"
                + " where o.membership_status = 'MEMBER' and o.contact_preference = ?";
        Query q = switch (spec.kind()) {
            case ALL -> em.createNativeQuery(orgs + " order by o.name");
            case DISTRICT -> em.createNativeQuery(orgs + SERVES_DISTRICT + " order by o.name").setParameter(2, spec.id());
            case TERM -> em.createNativeQuery(orgs + OFFERS_TERM + " order by o.name")
                    .setParameter(2, spec.id()).setParameter(3, spec.id()).setParameter(4, spec.id());
            default -> null;
        };
        if (q == null) {
            AudienceRules.Lists lists = AudienceRules.apply(reach(spec), Set.of(), Set.of(), Set.of());
            return Recipient.POST.equals(preference) ? lists.post() : lists.phone();
        }
        q.setParameter(1, preference);
        List<Recipient> out = new ArrayList<>();
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Recipient(null, null, null, row[1] == null ? "The secretary" : (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], preference, false));
        }
        return out;
    }

    /** Addresses a mail server refused for good (lower case). */
    @Transactional
    public Set<String> refused() {
        Set<String> out = new HashSet<>();
        for (Object e : em.createNativeQuery("select email from refused_address").getResultList()) {
            out.add(((String) e).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private List<Recipient> people(Query q) {
        List<Recipient> out = new ArrayList<>();
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Recipient(((Number) row[0]).longValue(), null, (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[6], row[5] == null ? Recipient.EMAIL : (String) row[5], false));
        }
        return out;
    }

    /** Every audience a co-ordinator may pick, with its label. */
    @Transactional
    public List<Choice> choicesForPicker() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("all", "All members"));
        for (Object r : em.createNativeQuery("select id, name from district order by sort_order, id").getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Choice("district-" + row[0], "Members in " + row[1]));
        }
        for (Object r : em.createNativeQuery("select t.id, t.label, x.code from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id"
                + " where x.code in ('ecm', 'service_type') and t.parent_id is null and t.retired_at is null order by x.id, t.sort_order")
                .getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Choice("term-" + row[0], ("ecm".equals(row[2]) ? "Members working on: " : "Members in the theme: ") + row[1]));
        }
        out.add(new Choice("representatives", "Representatives (seat holders)"));
        out.add(new Choice("management", "Management group (network group seat holders)"));
        for (Object r : em.createNativeQuery("select id, name from partnership_body where status <> 'SUPERSEDED' order by name").getResultList()) {
            Object[] row = (Object[]) r;
            out.add(new Choice("body-" + row[0], "Seat holders on " + row[1]));
        }
        out.add(new Choice("development", "Development officers"));
        for (Object name : em.createNativeQuery("select distinct list_name from outside_contact order by list_name").getResultList()) {
            out.add(new Choice("list-" + name, "List: " + name));
        }
        return out;
    }

    /** What an audience value means in words (for pages and the archive). */
    @Transactional
    public String describe(String value) {
        return choicesForPicker().stream().filter(c -> c.getValue().equals(value)).map(Choice::getLabel).findFirst().orElse(value);
    }
}
