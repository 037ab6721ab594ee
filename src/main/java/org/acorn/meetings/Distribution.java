package org.acorn.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acorn.directory.Organisation;
import org.acorn.governance.body.PartnershipBody;
import org.acorn.network.District;
import org.acorn.platform.account.Account;
import org.acorn.platform.security.Role;

/**
 * Who a meeting is for: its distribution list (agendas and minutes are sent to it) and, for one person, why a
 * meeting matters to them ("My meetings"). A body's meeting is for its seat holders, a district's forum for the
 * people of organisations working there, network-wide meetings for every member; the organiser, chair,
 * minute-taker and anyone who replied are always on it.
 */
@ApplicationScoped
public class Distribution {

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @jakarta.inject.Inject org.acorn.meetings.theme.MeetingThemes themes;

    private static final Set<MeetingKind> WHOLE_NETWORK = Set.of(MeetingKind.NETWORK_MEETING, MeetingKind.GROUP_MEETING,
            MeetingKind.THEMATIC, MeetingKind.CONSORTIUM);

    /** The organiser, chair and minute-taker, and everyone who replied. */
    @Transactional
    public List<Account> repliedAndRunners(Meeting m) {
        return List.copyOf(core(m).values());
    }

    private Map<Long, Account> core(Meeting m) {
        Map<Long, Account> out = new LinkedHashMap<>();
        for (Long id : new Long[] {m.getOrganiserId(), m.getChairId(), m.getMinuteTakerId()}) {
            if (id != null) add(out, em.find(Account.class, id));
        }
        em.createQuery("select a from Account a, MeetingResponse r where r.accountId = a.id and r.meetingId = :m", Account.class)
                .setParameter("m", m.getId()).getResultList().forEach(a -> add(out, a));
        return out;
    }

    @Transactional
    public List<Account> recipients(Meeting m) {
        Map<Long, Account> out = core(m);
        if (m.getBodyId() != null) {
            em.createQuery("select a from Account a, SeatTerm t, Seat s where t.accountId = a.id and t.seatId = s.id"
                    + " and s.bodyId = :b and t.currentSlot is not null", Account.class)
                    .setParameter("b", m.getBodyId()).getResultList().forEach(a -> add(out, a));
        }
        if (m.getKind() == MeetingKind.MANAGEMENT_GROUP || m.getKind() == MeetingKind.REPRESENTATIVES) {
            staff().forEach(a -> add(out, a));
        }
        if (m.getDistrictId() != null) {
            em.createQuery("select distinct a from Account a, Organisation o left join o.districts d where a.organisationId = o.id"
                            + " and (o.countyWide = true or d.id = :d)", Account.class)
                    .setParameter("d", m.getDistrictId()).getResultList().forEach(a -> add(out, a));
        } else if (WHOLE_NETWORK.contains(m.getKind())) {
            em.createQuery("select a from Account a where a.organisationId is not null", Account.class).getResultList()
                    .forEach(a -> add(out, a));
            staff().forEach(a -> add(out, a));
        }
        return List.copyOf(out.values());
    }

    private List<Account> staff() {
        return em.createQuery("select distinct a from Account a join a.roles r where r in :staff", Account.class)
                .setParameter("staff", List.of(Role.COORDINATOR, Role.DEVELOPMENT_OFFICER)).getResultList();
    }

    private static void add(Map<Long, Account> out, Account a) {
        if (a != null && a.isActive() && a.isEmailVerified()) out.putIfAbsent(a.getId(), a);
    }

    /** What the person brings to meetings: their districts, the bodies they sit on. Read once per page. */
    public record Person(Long accountId, boolean staff, boolean countyWide, Map<Long, String> districts, Map<Long, String> bodies,
                         Set<Long> replied, Map<Long, String> organisationThemes, Map<Long, String> followedThemes) {
        public Person(Long accountId, boolean staff, boolean countyWide, Map<Long, String> districts, Map<Long, String> bodies, Set<Long> replied) {
            this(accountId, staff, countyWide, districts, bodies, replied, Map.of(), Map.of());
        }
    }

    @Transactional
    public Person person(Account a) {
        Map<Long, String> districts = new LinkedHashMap<>();
        boolean countyWide = false;
        if (a.getOrganisationId() != null) {
            Organisation o = em.find(Organisation.class, a.getOrganisationId());
            if (o != null) {
                countyWide = o.isCountyWide();
                for (District d : o.getDistricts()) districts.put(d.getId(), d.getName());
            }
        }
        Map<Long, String> bodies = new LinkedHashMap<>();
        em.createQuery("select b from PartnershipBody b, Seat s, SeatTerm t where s.bodyId = b.id and t.seatId = s.id"
                        + " and t.accountId = :a and t.currentSlot is not null", PartnershipBody.class)
                .setParameter("a", a.getId()).getResultList().forEach(b -> bodies.put(b.getId(), b.getName()));
        Set<Long> replied = Set.copyOf(em.createQuery("select r.meetingId from MeetingResponse r where r.accountId = :a", Long.class)
                .setParameter("a", a.getId()).getResultList());
        boolean staff = a.getRoles().stream().anyMatch(Role::isStaff);
        return new Person(a.getId(), staff, countyWide, districts, bodies, replied, themes.ofOrganisation(a.getOrganisationId()),
                themes.followed(a.getId()));
    }

    /** Why this meeting matters to the person, in a line, or empty when it does not concern them. */
    public static Optional<String> why(Meeting m, Person p, String districtName) {
        Long me = p.accountId();
        if (me.equals(m.getChairId())) return Optional.of("You chair this meeting.");
        if (me.equals(m.getMinuteTakerId())) return Optional.of("You take the minutes.");
        if (me.equals(m.getOrganiserId())) return Optional.of("You are organising it.");
        if (m.getBodyId() != null && p.bodies().containsKey(m.getBodyId())) {
            return Optional.of("You sit on " + p.bodies().get(m.getBodyId()) + ": what it decides, you report back.");
        }
        if (m.getDistrictId() != null && p.districts().containsKey(m.getDistrictId())) {
            return Optional.of("Your organisation works in " + p.districts().get(m.getDistrictId())
                    + ": this is where local work is planned.");
        }
        if (m.getDistrictId() != null && p.countyWide()) {
            return Optional.of("Your organisation works county-wide, including " + (districtName == null ? "this district" : districtName) + ".");
        }
        if (p.replied().contains(m.getId())) return Optional.of("You replied to this meeting.");
        if (m.getKind() == MeetingKind.THEMATIC) {
            Long theme = m.getThemeTermId();
            if (theme == null) return Optional.of("Thematic meeting" + (m.getTheme() == null ? "" : " on " + m.getTheme()) + ", open to every member.");
            String label = p.organisationThemes().getOrDefault(theme, p.followedThemes().get(theme));
            String topic = m.getTheme() == null || m.getTheme().equals(label) ? "" : " (" + m.getTheme() + ")";
            if (p.organisationThemes().containsKey(theme)) {
                return Optional.of("Thematic meeting on " + label + topic + ": your organisation offers services of this kind.");
            }
            if (p.followedThemes().containsKey(theme)) {
                return Optional.of("Thematic meeting on " + label + topic + ": you follow this theme.");
            }
            return p.staff() ? Optional.of("Network staff support this meeting.") : Optional.empty();
        }
        if (WHOLE_NETWORK.contains(m.getKind()) && m.getDistrictId() == null) {
            return Optional.of("For every member: the network's decisions are made here.");
        }
        if (p.staff()) return Optional.of("Network staff support this meeting.");
        return Optional.empty();
    }
}
