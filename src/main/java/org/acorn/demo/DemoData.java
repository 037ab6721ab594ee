package org.acorn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.acorn.directory.ContactPreference;
import org.acorn.directory.IncomeBand;
import org.acorn.directory.MembershipApplication;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationType;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.network.District;
import org.acorn.network.NetworkProfile;
import org.acorn.platform.PlatformStartup.DatabaseReady;
import org.acorn.platform.account.Account;
import org.acorn.platform.config.Settings;
import org.acorn.platform.security.PasswordHasher;
import org.acorn.platform.security.Role;

/**
 * Loads one of the three demo networks (ACORN_DEMO=network|group|forum) the first time the portal starts
 * on an empty database. A second start finds the network profile and leaves everything as it is.
 * With ACORN_DEMO=none only the bare network profile is created.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** Documented in the README; demo data is for trying the portal, never for production. */
    public static final String DEMO_PASSWORD = "acorn-demo-2026";

    @PersistenceContext(unitName = "acorn") EntityManager em;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject DemoRepresentation representation;
    @Inject MeetingsDemo meetingsDemo;
    @Inject TrainingDemo trainingDemo;
    @Inject ReadinessDemo readinessDemo;
    @Inject ConsortiumDemo consortiumDemo;

    @Transactional
    void onReady(@Observes @Priority(100) DatabaseReady ready) {
        if (em.find(NetworkProfile.class, NetworkProfile.SINGLE_ID) != null) return;
        boolean none = "none".equalsIgnoreCase(settings.demoProfile());
        DemoProfile profile = DemoProfile.of(settings.demoProfile());
        // dated real today, so a portal run ahead with acorn.clock.offset (tests, training) finds the listings aged
        Instant now = clock.instant().minus(settings.clockOffset());
        em.persist(new NetworkProfile(profile.name, profile.shortName, profile.area, profile.model, profile.intro,
                TERMS, LISTING_POLICY, 100_000, "coordinator@example.org", now));
        if (none) {
            LOG.info("event=demo.skipped profile=none");
            return;
        }
        Map<String, TaxonomyTerm> terms = seededTerms();
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < profile.districts.size(); i++) {
            District d = new District(profile.districts.get(i), i + 1);
            em.persist(d);
            districts.add(d);
        }
        em.flush(); // identity ids are needed below
        Random random = new Random(profile.ordinal() * 7919L + 17);
        List<Organisation> orgs = organisations(profile, districts, random, now);
        em.flush();
        staff(orgs, now);
        applications(districts, now);
        // a Random of their own, so adding services left the organisations above exactly as they were
        Random more = new Random(profile.ordinal() * 104_729L + 3);
        workforce(orgs, more);
        int services = services(profile, orgs, districts, more, now, terms);
        em.flush();
        representation.load(profile.model, orgs, districts, now);
        meetingsDemo.load(profile.model, orgs, districts, now);
        trainingDemo.load(profile.model, orgs, districts, now);
        readinessDemo.load(profile.model, orgs, now);
        // the Forum's CIC (seed 003 l.509); the other models set a consortium up from its page if they want one
        if (profile.model == org.acorn.network.NetworkModel.FORUM) {
            consortiumDemo.load(orgs, now, PasswordHasher.hash(DEMO_PASSWORD.toCharArray()));
        }
        LOG.info(() -> "event=demo.loaded profile=" + profile.name().toLowerCase() + " organisations=" + orgs.size()
                + " services=" + services);
    }

    private List<Organisation> organisations(DemoProfile profile, List<District> districts, Random random, Instant now) {
        List<Organisation> orgs = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<String> charityNumbers = new LinkedHashSet<>(Set.of(PENDING_CHARITY_NUMBER));
        while (orgs.size() < profile.organisations) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String kind = KINDS[random.nextInt(KINDS.length)];
            String name = place + " " + kind;
            if (!used.add(Organisation.nameKey(name))) continue;
            OrganisationType type = typeFor(kind, random);
            Organisation org = new Organisation(name, type, now);
            // about 55% under £100k (DOMAIN.md): half of those under £10k
            double r = random.nextDouble();
            org.setIncomeBand(r < 0.27 ? IncomeBand.UNDER_10K : r < 0.55 ? IncomeBand.FROM_10K_TO_100K
                    : r < 0.75 ? IncomeBand.FROM_100K_TO_250K : r < 0.92 ? IncomeBand.FROM_250K_TO_1M : IncomeBand.OVER_1M);
            if (type == OrganisationType.REGISTERED_CHARITY || type == OrganisationType.CIO) {
                // unique, as the directory requires: a duplicate would make the demo record unsaveable
                String number;
                do {
                    number = String.valueOf(1_000_000 + random.nextInt(190_000));
                } while (!charityNumbers.add(number));
                org.setCharityNumber(number);
            }
            if (districts.isEmpty() || random.nextDouble() < 0.15) {
                org.setCountyWide(districts.isEmpty() ? false : true);
            } else {
                Set<District> served = new LinkedHashSet<>();
                served.add(districts.get(random.nextInt(districts.size())));
                if (random.nextDouble() < 0.3) served.add(districts.get(random.nextInt(districts.size())));
                org.setDistricts(served);
            }
            org.setContactName(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
            org.setContactEmail("info@" + Organisation.nameKey(name).replace(' ', '-') + ".example.org");
            double c = random.nextDouble();
            org.setContactPreference(c < 0.75 ? ContactPreference.EMAIL : c < 0.9 ? ContactPreference.POST : ContactPreference.PHONE);
            // the profile form insists on the means of contact the organisation prefers, so the demo has them
            // (from the count, not the Random, so every other demo value stays as it was)
            org.setContactPhone("01632 " + (960_000 + orgs.size()));
            org.setPostalAddress(name + ", " + (1 + orgs.size()) + " " + place + " Road");
            org.setDescription(DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]);
            Instant joined = now.minus(Duration.ofDays(7 + random.nextInt(2500)));
            org.setJoinedAt(joined);
            org.setLastVerifiedAt(joined.plus(Duration.ofDays(random.nextInt(400))));
            em.persist(org);
            // EclipseLink orders a flush's inserts of one class by identity hash, not persist order: flushing each
            // keeps the ids in list order, so the demo (and every page address quoted for it) is the same each run
            em.flush();
            orgs.add(org);
        }
        return orgs;
    }

    private static OrganisationType typeFor(String kind, Random random) {
        if (kind.contains("Scouts") || kind.contains("Guides")) return OrganisationType.UNIFORMED_GROUP;
        if (kind.contains("Church") || kind.contains("Mosque") || kind.contains("Faith")) return OrganisationType.FAITH_GROUP;
        if (kind.contains("Pre-school") || kind.contains("Playgroup") || kind.contains("Nursery")) return OrganisationType.EARLY_YEARS_PROVIDER;
        double r = random.nextDouble();
        return r < 0.45 ? OrganisationType.REGISTERED_CHARITY : r < 0.6 ? OrganisationType.CIO
                : r < 0.7 ? OrganisationType.CIC : OrganisationType.COMMUNITY_GROUP;
    }

    /** Staff, volunteers, policies and contract readiness, roughly in line with income (illustrative). */
    private static void workforce(List<Organisation> orgs, Random random) {
        for (Organisation org : orgs) {
            int band = org.getIncomeBand() == null ? 0 : org.getIncomeBand().ordinal();
            org.setStaff(band < 2 ? 0 : random.nextInt(band * 3), band == 0 ? 0 : random.nextInt(2 + band * 2),
                    random.nextInt(4));
            org.setVolunteers(random.nextDouble() < 0.85 ? 2 + random.nextInt(40) : 0);
            org.setPoliciesHeld(band == 0 && random.nextBoolean() ? "Safeguarding children"
                    : "Safeguarding children; health and safety; equal opportunities; data protection; complaints");
            if (random.nextDouble() < 0.3) org.setAccreditation("Network volunteer accreditation (illustrative)");
            org.setSafeguardingLead(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
            org.setContractReady(band >= 2 && random.nextDouble() < 0.6);
        }
    }

    /** The seeded terms by "taxonomy:code", read once before the demo rows are written. */
    private Map<String, TaxonomyTerm> seededTerms() {
        Map<String, TaxonomyTerm> terms = new HashMap<>();
        for (TaxonomyTerm t : em.createQuery("select t from TaxonomyTerm t", TaxonomyTerm.class).getResultList()) {
            terms.put(t.getTaxonomy().getCode() + ":" + t.getCode(), t);
        }
        return terms;
    }

    /** 1–4 services per organisation, planned by {@link DemoServices} and tagged with the seeded terms. */
    private int services(DemoProfile profile, List<Organisation> orgs, List<District> districts, Random random,
                         Instant now, Map<String, TaxonomyTerm> terms) {
        List<DemoServices.Host> hosts = orgs.stream().map(o -> new DemoServices.Host(o.getName(),
                o.getDistricts().stream().map(districts::indexOf).toList())).toList();
        List<DemoServices.Plan> plans = DemoServices.plan(profile, hosts, random, now);
        for (DemoServices.Plan plan : plans) {
            Service s = new Service(orgs.get(plan.host()).getId(), plan.name(), now);
            s.setDescription(plan.description());
            s.setEligibility(plan.eligibility());
            s.setHowToRefer(plan.howToRefer());
            s.setFree(plan.free());
            s.setCostText(plan.cost());
            s.setAges(plan.minAge(), plan.maxAge());
            s.setLanguages(plan.languages());
            s.setOpeningTimes(plan.openingTimes());
            s.setSendRelevant(plan.sendRelevant());
            s.setStatus(plan.status());
            s.setLastVerifiedAt(plan.lastVerified());
            plan.terms().forEach((taxonomy, codes) -> codes.forEach(code -> {
                TaxonomyTerm term = terms.get(taxonomy + ":" + code);
                if (term == null) throw new IllegalStateException("demo term missing: " + taxonomy + ":" + code);
                s.tag(term);
            }));
            ServiceLocation where = new ServiceLocation(plan.address(), plan.postcode());
            where.placeAt(plan.latitude(), plan.longitude());
            s.addLocation(where);
            em.persist(s);
        }
        return plans.size();
    }

    /** One account per role a visitor may want to try; all share the documented demo password. */
    private void staff(List<Organisation> orgs, Instant now) {
        String hash = PasswordHasher.hash(DEMO_PASSWORD.toCharArray());
        account("coordinator@example.org", "Sam Carter (co-ordinator)", null, hash, now, Role.COORDINATOR);
        account("admin@example.org", "Alex Morgan (site administrator)", null, hash, now, Role.SITE_ADMIN);
        account("development@example.org", "Priya Shah (development officer)", null, hash, now, Role.DEVELOPMENT_OFFICER);
        account("partner@example.org", "Jo Reynolds (LSCB business manager)", null, hash, now, Role.PARTNER_OFFICER);
        account("orgadmin@example.org", "Chris Lee", orgs.get(0).getId(), hash, now, Role.MEMBER, Role.ORG_ADMIN);
        account("rep@example.org", "Morgan Ellis", orgs.get(1).getId(), hash, now, Role.MEMBER, Role.ORG_ADMIN, Role.REPRESENTATIVE);
        account("volunteer@example.org", "Dee Wright", orgs.get(0).getId(), hash, now, Role.MEMBER);
    }

    private void account(String email, String name, Long orgId, String hash, Instant now, Role... roles) {
        Account a = new Account(email, name, now);
        a.setPasswordHash(hash);
        a.markEmailVerified(now);
        a.setOrganisationId(orgId);
        for (Role r : roles) a.grant(r);
        em.persist(a);
    }

    /** Applications waiting for a co-ordinator, so the approval page has work on it. */
    private void applications(List<District> districts, Instant now) {
        String[][] pending = {
                {"Riverside Young Carers Project", "COMMUNITY_GROUP", "Ruth Adeyemi", "ruth@riverside-carers.example.org"},
                {"Little Acorns Toddler Group", "EARLY_YEARS_PROVIDER", "Tom Hughes", "tom@little-acorns.example.org"},
                {"Hope Street Family Support", "REGISTERED_CHARITY", "Nadia Karim", "nadia@hopestreet.example.org"},
        };
        for (int i = 0; i < pending.length; i++) {
            MembershipApplication app = new MembershipApplication(pending[i][0], OrganisationType.valueOf(pending[i][1]),
                    pending[i][2], pending[i][3], now.minus(Duration.ofDays(i + 1)));
            if (!districts.isEmpty()) app.setDistrictIdList(List.of(districts.get(i % districts.size()).getId()));
            else app.setCountyWide(true);
            if (i == 2) app.setCharityNumber(PENDING_CHARITY_NUMBER);
            app.emailVerified(now.minus(Duration.ofDays(i)), null);
            em.persist(app);
        }
    }

    /** The pending demo application's number; no member has it, so approving it works. */
    static final String PENDING_CHARITY_NUMBER = "1187402";

    static final String TERMS = "Members work with children, young people or families in our area, share the network's"
            + " commitment to safeguarding, keep their contact details up to date, and treat other members with respect."
            + " Membership is free. Either side may end it at any time.";
    static final String LISTING_POLICY = "Your organisation's name, type, the districts you serve and your public contact"
            + " details will be listed in the network's directory. Safeguarding leads and staff-only details are never"
            + " published. You can change or remove your listing at any time.";

    private static final String[] PLACES = {"Ashby", "Brookside", "Castle Hill", "Dale End", "Eastgate", "Fernlea",
            "Glenview", "Hillcrest", "Ironbridge", "Juniper", "Kingsmead", "Larkfield", "Meadowbank", "Northgate",
            "Oakwood", "Parkside", "Queensway", "Riverside", "Stonebridge", "Thornbury", "Underhill", "Valley",
            "Westfield", "Yew Tree", "Moorside", "Millbrook", "Hollybush", "Greenacre", "Fairfield", "Beacon"};
    private static final String[] KINDS = {"Family Centre", "Youth Club", "Playgroup", "Pre-school", "Young Carers",
            "Parents' Forum", "Dads' Group", "Homestart", "Scouts", "Guides", "Church Toddlers", "Faith Youth Project",
            "Community Trust", "Breastfeeding Support", "SEND Parents Group", "Youth Theatre", "Football Club",
            "Food Bank Kids", "Mentoring Project", "Refugee Family Support", "Traveller Education Group",
            "Counselling Service", "Holiday Club", "Nursery", "Sure Start Friends", "Young Parents Project"};
    private static final String[] FIRST = {"Ann", "Ben", "Cara", "Dev", "Ella", "Farah", "Gary", "Helen", "Imran", "Jade",
            "Kofi", "Lucy", "Mo", "Niamh", "Owen", "Pat", "Rosa", "Steve", "Tara", "Uma", "Vic", "Wendy", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Foster", "Green", "Hussain",
            "Iqbal", "Jones", "Khan", "Lewis", "Mitchell", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh",
            "Taylor", "Walsh", "Young"};
    private static final String[] DESCRIPTIONS = {
            "Volunteer-run sessions for parents and children under five.",
            "Weekly youth club and summer activities for 11–19 year olds.",
            "Support for young carers: respite trips, peer groups and school liaison.",
            "Family support workers offering home visits and parenting courses.",
            "After-school and holiday clubs with healthy food.",
            "Peer support for parents of disabled children and children with SEND.",
            "Mentoring for young people at risk of leaving education early.",
            "Drop-in advice and signposting for families in crisis."};
}
