package org.acorn.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir Path dir;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir, SiteAnalyzer.withSeedSynonyms());
        index.rebuild(Corpus.services().stream(), RebuildProgress.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    // --- words ---

    @Test
    void parentingFindsParentsThroughStemming() throws IOException {
        assertThat(titles("parenting")).contains("Parents Together");
    }

    @Test
    void accentsAreFoldedBothWays() throws IOException {
        assertThat(titles("creche")).containsExactly("Little Acorns Crèche");
        assertThat(titles("CRÈCHE")).containsExactly("Little Acorns Crèche");
    }

    @Test
    void synonymsWorkInBothDirections() throws IOException {
        assertThat(titles("special educational needs")).containsExactlyInAnyOrder("Bright Futures Hub", "Inclusion Advice Line");
        assertThat(titles("SEND")).containsExactlyInAnyOrder("Bright Futures Hub", "Inclusion Advice Line");
        assertThat(titles("CAMHS")).containsExactly("Mind Matters");
        assertThat(titles("DV")).containsExactly("Safe Homes");
    }

    @Test
    void everyWordMustMatchSomewhere() throws IOException {
        assertThat(titles("counselling volunteers")).isEmpty(); // each is in a different record
        assertThat(titles("refuge families")).containsExactly("Safe Homes");
    }

    @Test
    void aQuotedPhraseNeedsTheWordsTogether() throws IOException {
        assertThat(titles("young people")).containsExactlyInAnyOrder("Counselling for Young People", "Young Carers");
        assertThat(titles("\"young people\"")).containsExactly("Counselling for Young People");
        assertThat(titles("\"people young\"")).isEmpty();
        assertThat(titles("\"abuse support\"")).containsExactly("Safe Homes");
        assertThat(titles("\"support abuse\"")).isEmpty();
        assertThat(titles("\"homes domestic\"")).as("a phrase does not run from the name into the service types").isEmpty();
    }

    @Test
    void spellingMistakesStillFindTheRecord() throws IOException {
        assertThat(titles("counseling")).containsExactly("Counselling for Young People");
        SearchResults r = index.search(visitor("domestik"));
        assertThat(r.hits()).extracting(SearchResults.Hit::title).containsExactly("Safe Homes");
        assertThat(r.closeMatches()).isTrue();
        assertThat(index.search(visitor("domestic")).closeMatches()).isFalse();
        assertThat(titles("refuje")).containsExactly("Safe Homes");
    }

    @Test
    void aCommonWordNarrowedAwayByAFacetIsNotTakenForATypo() throws IOException {
        try (SearchIndex other = SearchIndex.open(dir.resolve("typos"), SiteAnalyzer.withSeedSynonyms())) {
            other.rebuild(java.util.stream.Stream.of(
                    Corpus.service("a", "Homework club", "After school.").facet("district", "Leeds").build(),
                    Corpus.service("b", "Homework help", "Tuesdays.").facet("district", "Leeds").build(),
                    Corpus.service("c", "Homework cafe", "Fridays.").facet("district", "Leeds").build(),
                    Corpus.service("d", "Homeworx", "A games night.").facet("district", "Bradford").build()), RebuildProgress.NONE);
            SearchResults inBradford = other.search(request(Visibility.forVisitor()).typed("homework").facet("district", "Bradford").build());
            assertThat(inBradford.total()).isZero();
            assertThat(inBradford.closeMatches()).as("homework is spelled right: Leeds has three").isFalse();
            SearchResults typo = other.search(request(Visibility.forVisitor()).typed("homewerk").build());
            assertThat(typo.closeMatches()).isTrue();
            assertThat(typo.total()).isEqualTo(4);
        }
    }

    @Test
    void shortWordsAreNotGuessed() throws IOException {
        // "pley" is one letter from "play", but four-letter guesses would match too much
        assertThat(titles("pley")).isEmpty();
        assertThat(titles("plays")).containsExactly("Toy Library");
    }

    @Test
    void aMatchInTheNameRanksAboveOneInTheDescription() throws IOException {
        assertThat(titles("parenting")).containsExactly("Parenting Plus", "Parents Together", "Community Centre");
    }

    @Test
    void aMatchInTheServiceTypesRanksAboveOneInTheDescription() throws IOException {
        index.apply(1, List.of(
                Corpus.service("30", "Chatterbox", "Sessions that also cover sleep and speech therapy with play.").build(),
                Corpus.service("31", "Little Voices", "Weekly sessions.").boosted("Speech therapy").build()), List.of());
        assertThat(titles("speech therapy")).containsExactly("Little Voices", "Chatterbox");
    }

    // --- facets ---

    @Test
    void facetCountsForEverythingAVisitorMaySee() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).build());
        assertThat(r.total()).isEqualTo(11);
        assertThat(counts(r, "district")).containsExactlyInAnyOrder(tuple("Leeds", 4), tuple("Bradford", 3), tuple("Wakefield", 4));
        assertThat(counts(r, "type")).containsExactlyInAnyOrder(tuple("Family support", 3), tuple("Childcare", 2),
                tuple("Education", 2), tuple("Health", 3), tuple("Community", 1));
    }

    @Test
    void combinedFacetsKeepHonestCountsForTheOtherValues() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor())
                .facet("district", "Leeds").facet("type", "Family support").build());
        assertThat(r.hits()).extracting(SearchResults.Hit::title).containsExactly("Parents Together");
        // district counted as if no district were chosen (but with the type chosen), and the other way round
        assertThat(counts(r, "district")).containsExactlyInAnyOrder(tuple("Leeds", 1), tuple("Bradford", 1), tuple("Wakefield", 1));
        assertThat(counts(r, "type")).containsExactlyInAnyOrder(tuple("Family support", 1), tuple("Childcare", 2), tuple("Health", 1));
        assertThat(r.facet("district").values()).filteredOn(SearchResults.FacetCount::chosen)
                .extracting(SearchResults.FacetCount::label).containsExactly("Leeds");
    }

    @Test
    void twoValuesOfOneFacetAreAlternatives() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).facet("district", "Leeds").facet("district", "Bradford").build());
        assertThat(r.total()).isEqualTo(7);
    }

    @Test
    void aParentValueIncludesItsChildrenAndShowsTheirCounts() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).facet("type", "Health").build());
        assertThat(r.hits()).extracting(SearchResults.Hit::title)
                .containsExactlyInAnyOrder("Counselling for Young People", "Mind Matters", "Young Carers");
        SearchResults.FacetGroup children = r.facets().stream()
                .filter(g -> g.dimension().equals("type") && g.path().equals(List.of("Health"))).findFirst().orElseThrow();
        assertThat(children.values()).extracting(SearchResults.FacetCount::label, SearchResults.FacetCount::count)
                .containsExactlyInAnyOrder(tuple("Mental health", 2), tuple("Carers", 1));
    }

    @Test
    void facetsCombineWithTypedWords() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).typed("parenting").build());
        assertThat(counts(r, "district")).containsExactlyInAnyOrder(tuple("Leeds", 1), tuple("Wakefield", 2));
    }

    // --- ages ---

    @Test
    void aChildsAgeMatchesRecordsWhoseAgeRangeCoversIt() throws IOException {
        assertThat(titlesForAge(4)).containsExactlyInAnyOrder("Parents Together", "Little Acorns Crèche", "Safe Homes", "Bright Futures Hub");
        assertThat(titlesForAge(5)).containsExactlyInAnyOrder("Parents Together", "Safe Homes", "Bright Futures Hub", "Mind Matters");
        assertThat(titlesForAge(11)).containsExactlyInAnyOrder("Safe Homes", "Bright Futures Hub", "Counselling for Young People", "Mind Matters");
        assertThat(titlesForAge(18)).containsExactlyInAnyOrder("Safe Homes", "Counselling for Young People");
        assertThat(titlesForAge(19)).isEmpty();
        assertThat(titlesForAge(-1)).isEmpty();
    }

    // --- who may see what ---

    @Test
    void membersOnlyRecordsAreHiddenFromVisitorsAndFromTheirCounts() throws IOException {
        assertThat(titles("workshop")).isEmpty();
        SearchResults member = index.search(request(Visibility.forMember()).typed("workshop").build());
        assertThat(member.hits()).extracting(SearchResults.Hit::title).containsExactly("Members Forum Notes");

        assertThat(counts(index.search(request(Visibility.forVisitor()).build()), "district")).contains(tuple("Leeds", 4));
        assertThat(counts(index.search(request(Visibility.forMember()).build()), "district")).contains(tuple("Leeds", 5));
        assertThat(counts(index.search(request(Visibility.forStaff()).build()), "district")).contains(tuple("Leeds", 6));
        assertThat(index.search(request(Set.of()).build()).total()).isZero();
    }

    @Test
    void aGroupsRecordIsFoundAndSuggestedOnlyByThatGroupsReaders() throws IOException {
        SearchDocument district = Corpus.service("21", "Erewash locality notes", "Minutes of the locality forum.")
                .visibility(Visibility.STAFF).readableBy("forum-category:5").build();
        index.apply(1, List.of(district), List.of());
        SearchRequest.Builder member = request(Visibility.forMember()).typed("locality");
        assertThat(index.search(member.build()).total()).isZero();
        assertThat(index.search(member.readerGroups(Set.of("forum-category:6")).build()).total()).isZero();
        assertThat(index.search(member.readerGroups(Set.of("forum-category:6", "forum-category:5")).build()).hits())
                .extracting(SearchResults.Hit::title).containsExactly("Erewash locality notes");
        assertThat(index.search(request(Visibility.forStaff()).typed("locality").build()).total()).isEqualTo(1);
        // a group's name is not a level: a group called "public" opens nothing to visitors
        assertThat(index.search(request(Visibility.forVisitor()).typed("locality").readerGroups(Set.of("public", "staff")).build()).total()).isZero();

        assertThat(index.suggest("erew", Visibility.forMember(), Set.of(), 5)).isEmpty();
        assertThat(index.suggest("erew", Visibility.forMember(), Set.of("forum-category:5"), 5)).extracting(Suggestion::title)
                .containsExactly("Erewash locality notes");
    }

    // --- snippets ---

    @Test
    void snippetsMarkTheMatchAndEscapeTheRest() throws IOException {
        SearchResults r = index.search(visitor("play"));
        String snippet = r.hits().get(0).snippetHtml();
        assertThat(snippet).contains("<b>play</b>").contains("&lt;script&gt;").contains("&amp;").contains("&quot;little&quot;")
                .doesNotContain("<script>");
        assertThat(index.search(visitor("counselling")).hits().get(0).snippetHtml()).contains("<b>counselling</b>");
        assertThat(SearchResults.snippetText(snippet)).as("for CSV: back to the text as written")
                .contains("<script>alert(1)</script>", "Toys & play sessions for \"little\" ones").doesNotContain("<b>", "&amp;");
    }

    @Test
    void withoutWordsTheSnippetIsTheEscapedOpening() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).facet("district", "Leeds").facet("type", "Childcare")
                .order(SearchRequest.Order.NAME).build());
        assertThat(r.hits()).extracting(SearchResults.Hit::snippetHtml)
                .containsExactly("A crèche for children while carers attend courses.",
                        "&lt;script&gt;alert(1)&lt;/script&gt; Toys &amp; play sessions for &quot;little&quot; ones.");
    }

    // --- order and paging ---

    @Test
    void pagesInNameOrderIgnoringCaseAndAccents() throws IOException {
        assertThat(page(1)).containsExactly("Bright Futures Hub", "Community Centre", "Counselling for Young People", "Inclusion Advice Line");
        assertThat(page(2)).containsExactly("Little Acorns Crèche", "Mind Matters", "Parenting Plus", "Parents Together");
        assertThat(page(3)).containsExactly("Safe Homes", "Toy Library", "Young Carers");
        assertThat(page(4)).isEmpty();
        SearchResults r = index.search(request(Visibility.forVisitor()).order(SearchRequest.Order.NAME).page(3, 4).build());
        assertThat(r.total()).isEqualTo(11);
        assertThat(r.pages()).isEqualTo(3);
    }

    @Test
    void recentlyVerifiedFirstThenNeverVerifiedByName() throws IOException {
        SearchResults r = index.search(request(Visibility.forVisitor()).order(SearchRequest.Order.RECENTLY_VERIFIED).page(1, 5).build());
        assertThat(r.hits()).extracting(SearchResults.Hit::title).containsExactly("Little Acorns Crèche", "Parents Together",
                "Counselling for Young People", "Bright Futures Hub", "Community Centre");
    }

    // --- suggestions ---

    @Test
    void suggestsTitlesFromTheStartOfAnyWord() throws IOException {
        assertThat(index.suggest("acor", Visibility.forVisitor(), Set.of(), 5)).extracting(Suggestion::title).containsExactly("Little Acorns Crèche");
        assertThat(index.suggest("young", Visibility.forVisitor(), Set.of(), 5)).extracting(Suggestion::title)
                .containsExactlyInAnyOrder("Counselling for Young People", "Young Carers");
        Suggestion s = index.suggest("saf", Visibility.forVisitor(), Set.of(), 5).get(0);
        assertThat(s.key()).isEqualTo(new DocumentKey("service", "3"));
        assertThat(s.url()).isEqualTo("/services/3");
    }

    @Test
    void suggestionsRespectVisibilityAndFollowChanges() throws IOException {
        assertThat(index.suggest("members", Visibility.forVisitor(), Set.of(), 5)).isEmpty();
        assertThat(index.suggest("members", Visibility.forMember(), Set.of(), 5)).extracting(Suggestion::title).containsExactly("Members Forum Notes");
        index.apply(1, List.of(Corpus.service("14", "Memory Café", "For grandparents.").build()), List.of(new DocumentKey("service", "7")));
        assertThat(index.suggest("mem", Visibility.forMember(), Set.of(), 5)).extracting(Suggestion::title).containsExactly("Memory Café");
        for (String odd : List.of("", "   ", "*", "\"", "😀", "x".repeat(5000))) {
            assertThat(index.suggest(odd, Visibility.forStaff(), Set.of(), 5)).isEmpty();
        }
    }

    // --- hostile input ---

    @Test
    void whateverIsTypedNothingThrows() throws IOException {
        List<String> hostile = new ArrayList<>(List.of("", "   ", "AND OR NOT", "&& || ! ( ) { } [ ] ^ ~ * ? : \\ /",
                "\"", "\"unbalanced quote", "title:x AND (", "*foo", "foo*", "?oo", "body:[a TO z]", "parent~2",
                "\"\"\"\"", "😀🎉 play", "𝔭𝔩𝔞𝔶", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
                "a".repeat(5000), "ü".repeat(5000), "😀".repeat(5000), "\"" + "word ".repeat(1000), "x\u0000y"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) many.append("word").append(i).append(' ');
        hostile.add(many.toString());
        for (String typed : hostile) {
            SearchResults r = index.search(request(Visibility.forVisitor()).typed(typed).build());
            assertThat(r).as(typed.length() > 40 ? typed.substring(0, 40) : typed).isNotNull();
        }
        // operator-only and empty input browse everything rather than failing
        assertThat(index.search(visitor("AND OR NOT")).total()).isEqualTo(11);
        assertThat(titles("😀🎉 play")).containsExactly("Toy Library");
    }

    @Test
    void oddFacetValuesFromTheAddressBarMatchNothingAndNeverThrow() throws IOException {
        for (String odd : List.of("", " ", "<script>", "x".repeat(5000), "a\u001Fb", "Leeds\u0000", "../..")) {
            SearchResults r = index.search(request(Visibility.forVisitor()).facet("district", odd).facet(odd, "Leeds").build());
            assertThat(r.total()).as(odd).isZero();
        }
        assertThat(index.search(request(Visibility.forVisitor()).facet("district", "Nowhere").build()).total()).isZero();
        assertThat(index.search(request(Visibility.forVisitor()).facet("district", "Leeds", "Nowhere").build()).total()).isZero();
    }

    @Test
    void anEmptyIndexAnswersWithNothing(@TempDir Path empty) throws IOException {
        try (SearchIndex fresh = SearchIndex.open(empty, SiteAnalyzer.withSeedSynonyms())) {
            SearchResults r = fresh.search(request(Visibility.forStaff()).typed("parenting").build());
            assertThat(r.total()).isZero();
            assertThat(r.facets()).isEmpty();
            assertThat(fresh.suggest("par", Visibility.forStaff(), Set.of(), 5)).isEmpty();
            assertThat(fresh.lastAppliedSequence()).isZero();
        }
    }

    @Test
    void aDimensionOnlyHiddenRecordsUseIsNotShown() throws IOException {
        index.apply(1, List.of(Corpus.service("40", "Board Papers", "Minutes.").visibility(Visibility.STAFF)
                .facet("confidential", "yes").build()), List.of());
        assertThat(index.search(request(Visibility.forVisitor()).build()).facets())
                .extracting(SearchResults.FacetGroup::dimension).containsExactlyInAnyOrder("district", "type");
        assertThat(index.search(request(Visibility.forStaff()).build()).facet("confidential").values()).hasSize(1);
    }

    // --- keeping up with the database ---

    @Test
    void appliedChangesAndTheirSequenceSurviveAReopen() throws IOException {
        assertThat(index.lastAppliedSequence()).isZero();
        assertThat(index.apply(41, List.of(Corpus.service("14", "Memory Café", "For grandparents.").build()),
                List.of(new DocumentKey("service", "3")))).isTrue();
        index.close();

        index = SearchIndex.open(dir, SiteAnalyzer.withSeedSynonyms());
        assertThat(index.lastAppliedSequence()).isEqualTo(41);
        assertThat(titles("grandparents")).containsExactly("Memory Café");
        assertThat(titles("refuge")).isEmpty();

        // a redelivered or older event changes nothing
        assertThat(index.apply(41, List.of(), List.of(new DocumentKey("service", "14")))).isFalse();
        assertThat(index.apply(7, List.of(), List.of(new DocumentKey("service", "14")))).isFalse();
        assertThat(titles("grandparents")).containsExactly("Memory Café");
        assertThat(index.lastAppliedSequence()).isEqualTo(41);
    }

    @Test
    void anUpdateReplacesTheRecordRatherThanAddingASecond() throws IOException {
        index.apply(1, List.of(Corpus.service("3", "Safe Homes", "Now also runs a toddler group.").build()), List.of());
        assertThat(titles("toddler")).containsExactlyInAnyOrder("Safe Homes", "Parents Together");
        assertThat(titles("refuge")).isEmpty();
        assertThat(index.search(request(Visibility.forVisitor()).build()).total()).isEqualTo(11);
    }

    @Test
    void aRebuildReplacesEverythingKeepsTheSequenceAndReportsProgress() throws IOException {
        index.apply(9, List.of(), List.of());
        List<Long> progress = new ArrayList<>();
        long n = index.rebuild(Stream.of(Corpus.service("20", "Only One", "Alone.").build()), progress::add);
        assertThat(n).isEqualTo(1);
        assertThat(progress).containsExactly(1L);
        assertThat(index.search(request(Visibility.forStaff()).build()).total()).isEqualTo(1);
        assertThat(index.lastAppliedSequence()).isEqualTo(9);
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexInPlace() throws IOException {
        Stream<SearchDocument> broken = Stream.concat(Stream.of(Corpus.service("20", "Only One", "Alone.").build()),
                Stream.generate(() -> { throw new IllegalStateException("database went away"); }));
        assertThatThrownBy(() -> index.rebuild(broken, RebuildProgress.NONE)).hasMessageContaining("database went away");
        assertThat(index.search(request(Visibility.forVisitor()).build()).total()).isEqualTo(11);
        assertThat(titles("alone")).isEmpty();
        index.apply(1, List.of(Corpus.service("21", "After", "Still writable.").build()), List.of());
        assertThat(titles("writable")).containsExactly("After");
    }

    @Test
    void editedSynonymsApplyWithoutReindexing() throws IOException {
        assertThat(titles("playgroup")).isEmpty();
        index.useAnalyzer(SiteAnalyzer.withSynonyms(List.of("playgroup, toddlers")));
        assertThat(titles("playgroup")).containsExactly("Parents Together");
    }

    // --- every match, for filters ---

    @Test
    void idsAreEveryMatchTheReaderMaySee() throws IOException {
        SearchRequest typed = request(Visibility.forVisitor()).typed("young people").page(1, 1).build();
        SearchResults page = index.search(request(Visibility.forVisitor()).typed("young people").page(1, 50).build());
        assertThat(index.ids(typed)).hasSize((int) page.total())
                .containsExactlyInAnyOrderElementsOf(page.hits().stream().map(h -> h.key().id()).toList());
        assertThat(index.ids(request(Visibility.forVisitor()).typed("nothingmatchesthis").build())).isEmpty();
        long all = index.search(request(Visibility.forVisitor()).build()).total();
        assertThat(index.ids(request(Visibility.forVisitor()).build())).hasSize((int) all);
        assertThat(index.ids(request(Visibility.forStaff()).build())).hasSizeGreaterThan((int) all);
    }

    // --- layout ---

    @Test
    void anIndexWrittenWithAnOlderLayoutAsksToBeRebuilt() throws IOException {
        assertThat(index.layoutCurrent()).isTrue();
        index.close();
        Path old = dir.resolve("old");
        try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(old), new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.setLiveCommitData(java.util.Map.of(SearchIndex.SEQUENCE, "7").entrySet());
            w.commit();
        }
        index = SearchIndex.open(old, SiteAnalyzer.withSeedSynonyms());
        assertThat(index.layoutCurrent()).isFalse();
        index.rebuild(Corpus.services().stream(), RebuildProgress.NONE);
        assertThat(index.layoutCurrent()).isTrue();
        assertThat(index.lastAppliedSequence()).isEqualTo(7);
    }

    // --- helpers ---

    private SearchRequest.Builder request(Set<Visibility> who) {
        return SearchRequest.builder(who).page(1, 20);
    }

    private SearchRequest visitor(String typed) {
        return request(Visibility.forVisitor()).typed(typed).build();
    }

    private List<String> titles(String typed) throws IOException {
        return index.search(visitor(typed)).hits().stream().map(SearchResults.Hit::title).toList();
    }

    private List<String> titlesForAge(int age) throws IOException {
        return index.search(request(Visibility.forVisitor()).within("age", age).build()).hits().stream()
                .map(SearchResults.Hit::title).toList();
    }

    private List<String> page(int page) throws IOException {
        return index.search(request(Visibility.forVisitor()).order(SearchRequest.Order.NAME).page(page, 4).build())
                .hits().stream().map(SearchResults.Hit::title).toList();
    }

    private static List<org.assertj.core.groups.Tuple> counts(SearchResults r, String dimension) {
        return r.facet(dimension).values().stream().map(c -> tuple(c.label(), c.count())).toList();
    }
}
