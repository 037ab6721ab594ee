package org.acorn.directory.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.acorn.directory.Freshness;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.network.District;
import org.acorn.search.SearchDocument;
import org.acorn.search.Visibility;

/**
 * How a directory listing looks to search: what is matched (names and service types weigh more), the
 * facets people narrow by, the ages served and who may see it. Pure: the sources load, this maps.
 *
 * <p>The verified-status facet is worked out when a listing is indexed, so it moves with time only when the
 * listing is indexed again: {@link FreshnessReindex} re-indexes, daily, the listings that crossed a limit.
 * Each result's own "not verified recently" flag is computed when the page is shown, from the stored date.
 */
public final class ListingDocuments {

    public static final String SERVICE = "service";
    public static final String ORGANISATION = "organisation";

    public static final String DISTRICT = "district";
    public static final String OUTCOME = "outcome";
    public static final String TYPE = "type";
    public static final String GROUP = "group";
    public static final String ACCESS = "access";
    public static final String COST = "cost";
    public static final String ORG_TYPE = "orgtype";
    public static final String INCOME = "income";
    public static final String VERIFIED = "verified";
    /** The ages a service is for; a listing without ages is for any age. */
    public static final String AGE = "age";
    static final int ANY_AGE_MAX = 120;

    public static final String COUNTY_WIDE = "County-wide";
    public static final String FREE = "Free";
    public static final String PAID = "Charged for";

    /** Reader-facing names of the facets, in the order the search page lists them. */
    public static final Map<String, String> FACETS = facetLabels();

    private final Freshness freshness;
    private final Instant now;
    private final Function<TaxonomyTerm, List<String>> pathOf;

    /**
     * @param pathOf the labels from a term's root down to the term itself ("Be healthy", "…mental health")
     */
    public ListingDocuments(Freshness freshness, Instant now, Function<TaxonomyTerm, List<String>> pathOf) {
        this.freshness = freshness;
        this.now = now;
        this.pathOf = pathOf;
    }

    private static Map<String, String> facetLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(DISTRICT, "District");
        m.put(OUTCOME, "Every Child Matters outcome");
        m.put(TYPE, "Service type");
        m.put(GROUP, "Who it is for");
        m.put(ACCESS, "How to get in touch");
        m.put(COST, "Cost");
        m.put(ORG_TYPE, "Type of organisation");
        m.put(INCOME, "Organisation's income");
        m.put(VERIFIED, "Checked");
        return java.util.Collections.unmodifiableMap(m);
    }

    public SearchDocument service(Service s, Organisation org) {
        SearchDocument.Builder b = SearchDocument.builder(SERVICE, s.getId().toString())
                .title(s.getName())
                .body(join(s.getDescription(), s.getEligibility(), s.getHowToRefer(), s.getCostText(),
                        labelled("Languages", s.getLanguages()), labelled("Opening times", s.getOpeningTimes()),
                        places(s), "Run by " + org.getName() + "."))
                .verified(s.getLastVerifiedAt())
                .url("/directory/service.xhtml?id=" + s.getId())
                .visibility(servicePublic(s, org) ? Visibility.PUBLIC : Visibility.STAFF);
        for (TaxonomyTerm t : s.termsOf(Taxonomy.SERVICE_TYPE)) {
            b.boosted(t.getLabel());
            b.facet(TYPE, path(t));
        }
        for (TaxonomyTerm t : s.termsOf(Taxonomy.ECM)) b.facet(OUTCOME, path(t));
        for (TaxonomyTerm t : s.termsOf(Taxonomy.TARGET_GROUP)) {
            b.facet(GROUP, path(t));
            b.boosted(t.getLabel());
        }
        for (TaxonomyTerm t : s.termsOf(Taxonomy.ACCESS_ROUTE)) b.facet(ACCESS, path(t));
        b.facet(COST, s.isFree() ? FREE : PAID);
        int min = s.getMinAge() == null ? 0 : s.getMinAge();
        int max = s.getMaxAge() == null ? ANY_AGE_MAX : s.getMaxAge();
        b.range(AGE, min, Math.max(min, max));
        organisationFacets(b, org);
        b.facet(VERIFIED, freshness.of(s.getLastVerifiedAt(), now).label());
        return b.build();
    }

    public SearchDocument organisation(Organisation org) {
        SearchDocument.Builder b = SearchDocument.builder(ORGANISATION, org.getId().toString())
                .title(org.getName())
                .body(join(org.getDescription(), org.getType() == null ? null : org.getType().label(), areas(org)))
                .verified(org.getLastVerifiedAt())
                .url("/directory/organisation.xhtml?id=" + org.getId())
                .visibility(org.getMembershipStatus() == MembershipStatus.MEMBER ? Visibility.PUBLIC : Visibility.STAFF);
        if (org.getType() != null) b.boosted(org.getType().label());
        organisationFacets(b, org);
        b.facet(VERIFIED, freshness.of(org.getLastVerifiedAt(), now).label());
        return b.build();
    }

    /** Running (fully or reduced) and offered by a current member: public. Closed or otherwise: staff only. */
    static boolean servicePublic(Service s, Organisation org) {
        return s.getStatus() != ServiceStatus.CLOSED && org.getMembershipStatus() == MembershipStatus.MEMBER;
    }

    private static void organisationFacets(SearchDocument.Builder b, Organisation org) {
        if (org.isCountyWide()) {
            b.facet(DISTRICT, COUNTY_WIDE);
        } else {
            for (District d : org.getDistricts()) b.facet(DISTRICT, d.getName());
        }
        if (org.getType() != null) b.facet(ORG_TYPE, org.getType().label());
        if (org.getIncomeBand() != null) b.facet(INCOME, org.getIncomeBand().label());
    }

    private String[] path(TaxonomyTerm t) {
        List<String> p = pathOf.apply(t);
        return (p.isEmpty() ? List.of(t.getLabel()) : p).toArray(String[]::new);
    }

    private static String areas(Organisation org) {
        if (org.isCountyWide()) return "Works across the county.";
        StringJoiner j = new StringJoiner(", ", "Works in ", ".");
        j.setEmptyValue("");
        org.getDistricts().forEach(d -> j.add(d.getName()));
        return j.toString();
    }

    private static String places(Service s) {
        List<String> out = new ArrayList<>();
        for (ServiceLocation l : s.getLocations()) {
            out.add(join(l.getAddress(), l.getPostcode()));
        }
        return String.join(". ", out);
    }

    private static String labelled(String label, String value) {
        return value == null || value.isBlank() ? null : label + ": " + value.strip() + ".";
    }

    private static String join(String... parts) {
        StringJoiner j = new StringJoiner(" ");
        for (String p : parts) if (p != null && !p.isBlank()) j.add(p.strip());
        return j.toString();
    }
}
