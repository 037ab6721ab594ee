package org.acorn.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;

/**
 * Plans the demo networks' services without touching the database: 1–4 per organisation, described with the
 * codes of the terms the V2 migration seeds. {@link DemoData} turns each plan into a {@code Service}.
 * Every listing is fictional and says so.
 *
 * <p>Spread over the Every Child Matters outcomes as the 2008 mapping found (seed 000, Table 4.1: be healthy 55%,
 * stay safe 52%, enjoy and achieve 55%, make a positive contribution 43%, achieve economic well-being 27%), with
 * indicators weighted by Appendix B. As in that study (385 of 1,373 services), about 28% of listings have not
 * been verified for over a year.
 */
final class DemoServices {

    /** Share of services working to each ECM outcome "1".."5" (seed 000, Table 4.1). */
    static final double[] OUTCOME_SHARE = {0.55, 0.52, 0.55, 0.43, 0.27};
    /** Services per indicator n.1, n.2 … for each outcome (seed 000, Appendix B Tables A–E). */
    private static final int[][] INDICATOR_COUNTS = {
            {144, 114, 99, 93, 30, 54},
            {130, 117, 74, 81, 23, 41, 37, 45},
            {142, 58, 27, 83, 21, 105, 35, 61},
            {109, 86, 68, 55, 31, 28, 44},
            {65, 24, 22, 15, 20, 20, 30}};
    /** Share of listings not verified for more than a year (seed 000: 385 of 1,373 could not be verified). */
    static final double STALE_SHARE = 385.0 / 1373.0;

    /** An organisation to plan for: its name and the indexes of the districts it serves (empty: county-wide). */
    record Host(String name, List<Integer> districts) { }

    /** A service to create: taxonomy code → term codes, and the rest of its fields. */
    record Plan(int host, String name, String description, Map<String, List<String>> terms, int minAge, int maxAge,
                boolean free, String cost, String languages, String openingTimes, boolean sendRelevant,
                String eligibility, String howToRefer, ServiceStatus status, Instant lastVerified,
                String address, String postcode, BigDecimal latitude, BigDecimal longitude) { }

    private record Kind(String name, String description, List<String> types, List<String> groups, int minAge, int maxAge,
                        List<String> delivery, String need, String access, boolean send) { }

    private static final List<Kind> KINDS = List.of(
            new Kind("Stay and Play", "Play sessions for babies, toddlers and their parents or carers.", List.of("13", "131"),
                    List.of("under_fives", "parents"), 0, 5, List.of("prevention", "open_access", "social", "educational", "group", "drop_in"),
                    "universal", "drop_in", false),
            new Kind("Parenting Course", "A friendly eight-week course on everyday parenting, run in small groups.", List.of("11"),
                    List.of("parents", "mothers", "fathers"), 0, 16, List.of("prevention", "open_access", "educational", "group"),
                    "universal", "self_referral", false),
            new Kind("Family Support Visits", "A family support worker visits at home to help with routines, money and stress.",
                    List.of("14", "141"), List.of("parents", "lone_parents"), 0, 18,
                    List.of("prevention", "targeted", "practical", "home_visits", "one_to_one"), "targeted", "professional_referral", false),
            new Kind("Youth Club", "Evening youth club with sport, music, trips and someone to talk to.", List.of("30", "10"),
                    List.of("young_people"), 11, 19, List.of("prevention", "open_access", "social", "group", "drop_in"),
                    "universal", "drop_in", false),
            new Kind("Young Carers Group", "Time out, trips and peer support for children who look after someone at home.",
                    List.of("10", "24"), List.of("young_carers", "carers"), 8, 18, List.of("prevention", "targeted", "social", "group"),
                    "targeted", "professional_referral", false),
            new Kind("Counselling for Young People", "Free, confidential counselling with a qualified counsellor.", List.of("23"),
                    List.of("young_people"), 11, 25, List.of("targeted", "therapeutic", "one_to_one", "online"),
                    "targeted", "self_referral", false),
            new Kind("SEND Parent Support", "Coffee mornings, a helpline and help with paperwork for parents of children with SEND.",
                    List.of("32", "24", "243"), List.of("parents_disabled_children", "disabled_children"), 0, 25,
                    List.of("targeted", "social", "practical", "group", "helpline"), "targeted", "self_referral", true),
            new Kind("Dads' Group", "Saturday morning activities for dads and their children.", List.of("121", "11"),
                    List.of("fathers"), 0, 16, List.of("prevention", "open_access", "social", "group"), "universal", "self_referral", false),
            new Kind("Domestic Abuse Support", "Safety planning, outreach and group work for mothers and children.", List.of("15", "42"),
                    List.of("mothers", "children"), 0, 18,
                    List.of("crisis", "targeted", "therapeutic", "practical", "one_to_one", "outreach", "helpline"),
                    "specialist", "professional_referral", false),
            new Kind("Young Parents Project", "Weekly group and one-to-one support for parents aged under 25.", List.of("143", "41"),
                    List.of("young_parents"), 16, 25, List.of("prevention", "targeted", "educational", "group", "outreach"),
                    "targeted", "professional_referral", false),
            new Kind("Advice Drop-in", "Advice and signposting on benefits, housing, school and health.", List.of("5"),
                    List.of("parents", "refugees", "bme_families"), 0, 19,
                    List.of("crisis", "open_access", "practical", "drop_in", "helpline", "online"), "universal", "drop_in", false),
            new Kind("Holiday Club", "Summer and half-term activities with a healthy lunch.", List.of("10", "30"),
                    List.of("children"), 5, 11, List.of("prevention", "open_access", "social", "group"), "universal", "self_referral", false),
            new Kind("Mentoring Scheme", "A trained volunteer mentor meets a young person weekly for a year.", List.of("31", "142"),
                    List.of("young_people", "looked_after"), 11, 18, List.of("prevention", "targeted", "educational", "one_to_one"),
                    "targeted", "professional_referral", false),
            new Kind("Traveller Family Outreach", "Education and health outreach on sites and in homes.", List.of("34", "5"),
                    List.of("grt_families"), 0, 19, List.of("targeted", "educational", "outreach", "home_visits"),
                    "targeted", "self_referral", false),
            new Kind("Breastfeeding Peer Support", "Trained peer supporters at weekly groups and online.", List.of("22", "20"),
                    List.of("mothers", "under_fives"), 0, 2, List.of("prevention", "open_access", "practical", "group", "drop_in", "online"),
                    "universal", "drop_in", false),
            new Kind("Bereavement Support", "Support for children and families after the death of someone close.", List.of("17", "23"),
                    List.of("parents", "children"), 0, 18, List.of("crisis", "targeted", "therapeutic", "one_to_one", "group"),
                    "specialist", "professional_referral", false),
            new Kind("Work and Money Skills", "CV help, work tasters and budgeting for young people and parents.", List.of("35", "5"),
                    List.of("young_people", "parents"), 16, 25, List.of("prevention", "open_access", "educational", "practical", "group"),
                    "universal", "self_referral", false));

    private static final String[] STREETS = {"Church Lane", "High Street", "Station Road", "Mill Lane", "Park Road",
            "Chapel Street", "Victoria Road", "School Lane", "Market Place", "Bridge Street", "Green Lane", "Albert Road"};
    private static final String[] VENUES = {"Community Centre", "Church Hall", "Family Hub", "Youth Centre", "Library",
            "Village Hall", "Primary School"};
    private static final String[] TIMES = {"Mondays and Wednesdays 9:30–11:30", "Tuesdays 6–8pm", "Weekdays 9am–5pm",
            "Thursdays 10am–12 noon, term time only", "Saturdays 10am–1pm", "Fridays 1–3pm", "By appointment"};
    private static final String[] LANGUAGES = {"English", "English", "English", "English", "English, Urdu",
            "English, Polish", "English, British Sign Language", "English, Arabic", "English, Romani"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private DemoServices() { }

    static List<Plan> plan(DemoProfile profile, List<Host> hosts, Random random, Instant now) {
        Area area = Area.of(profile);
        List<Plan> plans = new ArrayList<>();
        for (int h = 0; h < hosts.size(); h++) {
            Host host = hosts.get(h);
            int count = 1 + (random.nextDouble() < 0.45 ? 0 : random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.6 ? 2 : 3);
            Set<Kind> used = new LinkedHashSet<>();
            while (used.size() < count) used.add(KINDS.get(random.nextInt(KINDS.size())));
            for (Kind kind : used) plans.add(plan(profile, area, h, host, kind, random, now));
        }
        return plans;
    }

    private static Plan plan(DemoProfile profile, Area area, int h, Host host, Kind kind, Random random, Instant now) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put(Taxonomy.ECM, outcomes(random));
        terms.put(Taxonomy.SERVICE_TYPE, kind.types());
        terms.put(Taxonomy.TARGET_GROUP, kind.groups());
        terms.put(Taxonomy.DELIVERY, kind.delivery());
        terms.put(Taxonomy.LEVEL_OF_NEED, List.of(kind.need()));
        terms.put(Taxonomy.ACCESS_ROUTE, List.of(kind.access()));
        boolean free = random.nextDouble() < 0.75;
        String cost = free ? "Free" : switch (random.nextInt(3)) {
            case 0 -> "£1 a session";
            case 1 -> "£2 per child";
            default -> "£25 for the course (free for families on a low income)";
        };
        double s = random.nextDouble();
        ServiceStatus status = s < 0.86 ? ServiceStatus.ACTIVE : s < 0.95 ? ServiceStatus.REDUCED : ServiceStatus.CLOSED;
        int age = random.nextDouble() < STALE_SHARE ? 366 + random.nextInt(900) : random.nextInt(365);
        int district = host.districts().isEmpty() ? random.nextInt(area.districts()) : host.districts().get(random.nextInt(host.districts().size()));
        String town = profile.districts.isEmpty() ? area.town() : profile.districts.get(district);
        String address = VENUES[random.nextInt(VENUES.length)] + ", " + (1 + random.nextInt(120)) + " "
                + STREETS[random.nextInt(STREETS.length)] + ", " + town;
        String postcode = area.prefix() + (district + 1) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
        double angle = 2 * Math.PI * district / Math.max(1, area.districts());
        BigDecimal lat = coordinate(area.latitude() + 0.15 * Math.sin(angle) + (random.nextDouble() - 0.5) * 0.06);
        BigDecimal lon = coordinate(area.longitude() + 0.25 * Math.cos(angle) + (random.nextDouble() - 0.5) * 0.1);
        String eligibility = "Children, young people and families aged " + kind.minAge() + "–" + kind.maxAge()
                + " living in " + (host.districts().isEmpty() ? area.town() : town) + ".";
        String howToRefer = switch (kind.access()) {
            case "self_referral" -> "Phone or email us to book a place.";
            case "professional_referral" -> "Referral by a health visitor, school, GP or social worker: ask the professional you work with.";
            default -> "Just come along at the times shown.";
        };
        return new Plan(h, kind.name(), kind.description() + " Illustrative demo listing.", terms,
                kind.minAge(), kind.maxAge(), free, cost, LANGUAGES[random.nextInt(LANGUAGES.length)],
                TIMES[random.nextInt(TIMES.length)], kind.send() || random.nextDouble() < 0.15, eligibility, howToRefer,
                status, now.minus(Duration.ofDays(age)), address, postcode, lat, lon);
    }

    /** Outcomes drawn independently at their 000 shares (a few services work to none, as in 000), each with indicators. */
    private static List<String> outcomes(Random random) {
        List<String> codes = new ArrayList<>();
        for (int o = 0; o < OUTCOME_SHARE.length; o++) {
            if (random.nextDouble() >= OUTCOME_SHARE[o]) continue;
            codes.add(String.valueOf(o + 1));
            int[] counts = INDICATOR_COUNTS[o];
            int wanted = 1 + random.nextInt(2);
            Set<Integer> picked = new LinkedHashSet<>();
            while (picked.size() < wanted) picked.add(weighted(counts, random));
            for (int i : picked) codes.add((o + 1) + "." + (i + 1));
        }
        return codes;
    }

    private static int weighted(int[] weights, Random random) {
        int total = 0;
        for (int w : weights) total += w;
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * Where a demo network is: a postcode area that no real UK postcode uses (NF, DB, HT), so no listing points
     * at a real address, and a rough centre for map pins.
     */
    private record Area(String prefix, String town, int districts, double latitude, double longitude) {
        static Area of(DemoProfile profile) {
            int districts = Math.max(1, profile.districts.size());
            return switch (profile) {
                case NETWORK -> new Area("NF", "Northfell", districts, 55.20, -1.85);
                case GROUP -> new Area("DB", "Dalesborough", districts, 53.10, -1.55);
                case FORUM -> new Area("HT", "Harbourton", 6, 50.82, -1.08);
            };
        }
    }
}
