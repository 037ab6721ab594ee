package org.acorn.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.acorn.directory.Freshness;
import org.acorn.directory.IncomeBand;
import org.acorn.directory.MembershipStatus;
import org.acorn.directory.Organisation;
import org.acorn.directory.OrganisationType;
import org.acorn.directory.service.Service;
import org.acorn.directory.service.ServiceLocation;
import org.acorn.directory.service.ServiceStatus;
import org.acorn.directory.taxonomy.Taxonomy;
import org.acorn.directory.taxonomy.TaxonomyTerm;
import org.acorn.network.District;
import org.acorn.search.SearchDocument;
import org.acorn.search.SearchDocument.Facet;
import org.acorn.search.Visibility;
import org.junit.jupiter.api.Test;

class ListingDocumentsTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Freshness FRESHNESS = new Freshness(12, 18);

    final Taxonomy ecm = withId(new Taxonomy(Taxonomy.ECM, "ECM", null), 1);
    final Taxonomy types = withId(new Taxonomy(Taxonomy.SERVICE_TYPE, "Types", null), 2);
    final Taxonomy groups = withId(new Taxonomy(Taxonomy.TARGET_GROUP, "Groups", null), 3);
    final Taxonomy access = withId(new Taxonomy(Taxonomy.ACCESS_ROUTE, "Access", null), 6);
    final TaxonomyTerm healthy = withId(new TaxonomyTerm(ecm, null, "1", "Be healthy", 1), 1);
    final TaxonomyTerm mental = withId(new TaxonomyTerm(ecm, 1L, "1.4", "Mental health promoted", 4), 5);
    final TaxonomyTerm play = withId(new TaxonomyTerm(types, null, "13", "Play", 1), 40);
    final TaxonomyTerm parents = withId(new TaxonomyTerm(groups, null, "parents", "Parents and carers", 1), 60);
    final TaxonomyTerm dropIn = withId(new TaxonomyTerm(access, null, "drop_in", "Drop in", 1), 90);
    final ListingDocuments mapping = new ListingDocuments(FRESHNESS, NOW,
            new TermPaths(List.of(healthy, mental, play, parents, dropIn)));

    Organisation org(boolean countyWide) {
        Organisation o = withId(new Organisation("Riverside Family Trust", OrganisationType.REGISTERED_CHARITY, NOW), 7);
        o.setCountyWide(countyWide);
        if (!countyWide) o.setDistricts(Set.of(withId(new District("Northtown", 1), 3)));
        o.setIncomeBand(IncomeBand.UNDER_10K);
        o.setDescription("Support for families.");
        o.setLastVerifiedAt(NOW.minusSeconds(86_400 * 30));
        return o;
    }

    Service service() {
        Service s = withId(new Service(7L, "Stay and Play", NOW), 21);
        s.setDescription("Play sessions for babies & toddlers.");
        s.setEligibility("Families in Northtown.");
        s.setHowToRefer("Just come along.");
        s.setLanguages("English, Polish");
        s.setOpeningTimes("Mondays 9:30–11:30");
        s.setFree(true);
        s.setAges(0, 5);
        s.setLastVerifiedAt(NOW.minusSeconds(86_400L * 400)); // about 13 months: due, not yet flagged
        s.addLocation(new ServiceLocation("Church Hall, High Street, Northtown", "NT1 2AB"));
        s.tag(mental);
        s.tag(play);
        s.tag(parents);
        s.tag(dropIn);
        return s;
    }

    @Test
    void aServiceIsMatchedOnItsTextsWithNameAndTypesWeighingMore() {
        SearchDocument d = mapping.service(service(), org(false));
        assertThat(d.key().kind()).isEqualTo("service");
        assertThat(d.key().id()).isEqualTo("21");
        assertThat(d.title()).isEqualTo("Stay and Play");
        assertThat(d.boosted()).containsExactly("Play", "Parents and carers");
        assertThat(d.body()).contains("babies & toddlers", "Families in Northtown.", "Just come along.",
                "Languages: English, Polish.", "Opening times: Mondays 9:30–11:30.", "NT1 2AB", "Run by Riverside Family Trust.");
        assertThat(d.url()).isEqualTo("/directory/service.xhtml?id=21");
        assertThat(d.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(d.ranges()).containsExactly(new SearchDocument.Span("age", 0, 5));
    }

    @Test
    void aServiceHasEveryFacetWithOutcomesAsAHierarchy() {
        SearchDocument d = mapping.service(service(), org(false));
        assertThat(d.facets()).containsExactlyInAnyOrder(
                new Facet("type", List.of("Play")),
                new Facet("outcome", List.of("Be healthy", "Mental health promoted")),
                new Facet("group", List.of("Parents and carers")),
                new Facet("access", List.of("Drop in")),
                new Facet("cost", List.of("Free")),
                new Facet("district", List.of("Northtown")),
                new Facet("orgtype", List.of("Registered charity")),
                new Facet("income", List.of("Under £10k")),
                new Facet("verified", List.of("Due for checking")));
        assertThat(mapping.service(service(), org(true)).facets()).contains(new Facet("district", List.of("County-wide")));
    }

    @Test
    void closedServicesAndFormerMembersAreForStaffOnly() {
        Service closed = service();
        closed.setStatus(ServiceStatus.CLOSED);
        assertThat(mapping.service(closed, org(false)).visibility()).isEqualTo(Visibility.STAFF);
        Service reduced = service();
        reduced.setStatus(ServiceStatus.REDUCED);
        assertThat(mapping.service(reduced, org(false)).visibility()).isEqualTo(Visibility.PUBLIC);
        Organisation lapsed = org(false);
        lapsed.setMembershipStatus(MembershipStatus.LAPSED);
        assertThat(mapping.service(service(), lapsed).visibility()).isEqualTo(Visibility.STAFF);
        assertThat(mapping.organisation(lapsed).visibility()).isEqualTo(Visibility.STAFF);
        assertThat(mapping.organisation(org(false)).visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void unknownAgesMeanAnyAgeAndNeverVerifiedIsFlagged() {
        Service s = service();
        s.setAges(null, null);
        s.setLastVerifiedAt(null);
        SearchDocument d = mapping.service(s, org(false));
        assertThat(d.ranges()).containsExactly(new SearchDocument.Span("age", 0, ListingDocuments.ANY_AGE_MAX));
        assertThat(d.facets()).contains(new Facet("verified", List.of("Not verified recently")));
        s.setAges(11, null);
        assertThat(mapping.service(s, org(false)).ranges()).containsExactly(new SearchDocument.Span("age", 11, ListingDocuments.ANY_AGE_MAX));
    }

    @Test
    void anOrganisationIsListedWithItsAreaTypeAndFreshness() {
        SearchDocument d = mapping.organisation(org(false));
        assertThat(d.key().kind()).isEqualTo("organisation");
        assertThat(d.title()).isEqualTo("Riverside Family Trust");
        assertThat(d.body()).contains("Support for families.", "Works in Northtown.");
        assertThat(d.boosted()).containsExactly("Registered charity");
        assertThat(d.url()).isEqualTo("/directory/organisation.xhtml?id=7");
        assertThat(d.facets()).contains(new Facet("verified", List.of("Verified")), new Facet("orgtype", List.of("Registered charity")));
        assertThat(d.ranges()).isEmpty();
        assertThat(mapping.organisation(org(true)).body()).contains("Works across the county.");
    }

    @Test
    void termPathsRunFromTheRootAndSurviveABrokenParent() {
        TermPaths paths = new TermPaths(List.of(healthy, mental));
        assertThat(paths.apply(mental)).containsExactly("Be healthy", "Mental health promoted");
        TaxonomyTerm orphan = withId(new TaxonomyTerm(ecm, 999L, "9.1", "Orphan", 1), 77);
        assertThat(paths.apply(orphan)).containsExactly("Orphan");
        TaxonomyTerm loop = withId(new TaxonomyTerm(ecm, 78L, "x", "Loop", 1), 78);
        assertThat(new TermPaths(List.of(loop)).apply(loop)).hasSize(10);
        assertThat(Ids.parse("12")).contains(12L);
        assertThat(Ids.parse("12; drop")).isEmpty();
        assertThat(Ids.parse("../1")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
