package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.testsupport.SearchCorpus;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the archive's search treats Danish words and the query syntax, on the search corpus. */
class DanishSearchTest {

    private static final String VARDE = "2019-03-12-sundheds-og-omsorgsudvalget-varde-kommune-referat";
    private static final String MIDTJYLLAND = "2012-06-20-regionsraadet-region-midtjylland-referat";
    private static final String SJAELLAND = "2016-11-03-sundhedskoordinationsudvalget-referat";
    private static final String LKT_2018 = "2018-05-02-styregruppen-for-laerings-og-kvalitetsteams-dagsorden";
    private static final String LKT_2024 = "2024-08-28-styregruppen-for-laerings-og-kvalitetsteams-referat";
    private static final String LKT_2023 = "2023-08-23-styregruppen-for-laerings-og-kvalitetsteams-dagsorden";

    private static ArchiveSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = new ArchiveSearcher(SearchCorpus.archive().index());
    }

    static List<String> ids(String query) throws Exception {
        return searcher.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, 100))
                .hits().stream().map(SearchHit::id).toList();
    }

    private static long total(String query) throws Exception {
        return searcher.search(SearchRequest.of(query)).total();
    }

    static String item(String meetingId, int number) {
        return meetingId + "-punkt-" + number;
    }

    @Test
    void aWordFindsTheCompoundsItStartsOrEnds() throws Exception {
        assertThat(ids("hoftebrud")).contains(item(LKT_2023, 4), item(LKT_2024, 2));
        assertThat(ids("tvang")).contains(item(MIDTJYLLAND, 1));
        assertThat(ids("ledelse")).contains(item(LKT_2018, 4));
        assertThat(ids("indlæggelse")).contains(item(MIDTJYLLAND, 1));
    }

    @Test
    void aPhraseMatchesTheWordsOfTheTextNotPartsOfCompounds() throws Exception {
        List<String> phrase = ids("\"sammenhængende hoftebrudsforløb\"");
        assertThat(phrase).isNotEmpty();
        assertThat(ids("\"sammenhængende hoftebrud\"")).isEmpty();
        assertThat(ids("\"sammenhængende hoftebrud\"~3")).isEmpty();
        assertThat(ids("sammenhængende hoftebrud")).containsAll(phrase);
    }

    @Test
    void theCompoundPartsFieldKeepsFrequenciesButNoPositions() throws Exception {
        IndexSearcher s = SearchCorpus.archive().index().searchers().acquire();
        try {
            assertThat(FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(Schema.WORDS).getIndexOptions())
                    .isEqualTo(IndexOptions.DOCS_AND_FREQS);
        } finally {
            SearchCorpus.archive().index().searchers().release(s);
        }
    }

    @Test
    void theExactWordRanksAboveAMatchInsideACompound() throws Exception {
        List<String> ledelse = ids("ledelse");
        // Item 1 of 2024 is about "distribueret ledelse"; 2018's item 4 only has "ledelsesprogrammet".
        assertThat(ledelse.indexOf(item(LKT_2024, 1))).isLessThan(ledelse.indexOf(item(LKT_2018, 4)));
    }

    @Test
    void aSuspendedCompoundIsCompleted() throws Exception {
        assertThat(ids("patientinddragelse")).contains(item(SJAELLAND, 3));
        assertThat(ids("pårørendeinddragelse")).contains(item(SJAELLAND, 3));
    }

    @Test
    void aarhusAndAarhusWithARingAreOneWord() throws Exception {
        assertThat(ids("Aarhus")).contains(item(MIDTJYLLAND, 2)).isEqualTo(ids("Århus"));
    }

    @Test
    void anAbbreviationFindsWhatIsWrittenInFullAndTheOtherWayRound() throws Exception {
        assertThat(ids("LKT")).isEqualTo(ids("Lærings- og Kvalitetsteams")).contains(item(LKT_2024, 1));
        assertThat(ids("kronisk obstruktiv lungesygdom")).contains(item(LKT_2018, 3));
        assertThat(ids("KOL")).contains(item(VARDE, 3));
    }

    @Test
    void danishStopWordsDoNotNarrowTheSearch() throws Exception {
        assertThat(ids("nedbringelse af tvang")).isEqualTo(ids("nedbringelse tvang")).contains(item(MIDTJYLLAND, 1));
    }

    @Test
    void allWordsAreRequiredUnlessJoinedByOr() throws Exception {
        assertThat(ids("genoptræning demens")).isEmpty();
        assertThat(ids("genoptræning OR demens")).containsExactlyInAnyOrder(item(VARDE, 2), item(VARDE, 4),
                item(SJAELLAND, 1));
    }

    @Test
    void prefixesPhrasesExclusionsAndFieldsWork() throws Exception {
        assertThat(ids("genoptræn*")).contains(item(VARDE, 2));
        assertThat(ids("\"siddende patientbefordring\"")).containsExactly(item(MIDTJYLLAND, 3));
        assertThat(ids("\"patientbefordring siddende\"")).isEmpty();
        assertThat(ids("tvang -psykiatriplan")).doesNotContain(item(MIDTJYLLAND, 1)).isNotEmpty();
        assertThat(ids("committee:\"Regionsrådet, Region Midtjylland\"")).hasSize(4);
        assertThat(ids("project:\"LKT Tvang\"")).containsExactlyInAnyOrder(item(LKT_2023, 3), item(LKT_2024, 3));
    }

    @Test
    void badSyntaxAndExpensivePatternsAreRefusedWithAMessage() {
        assertRefused("\"uafsluttet", "a quotation mark (\") is not closed");
        assertRefused("(tvang OR demens", "a parenthesis is not closed");
        assertRefused("tvang)", "a closing parenthesis has no opening one");
        assertRefused("*tvang", "a word cannot start with * or ?");
        assertRefused("tvang AND", "AND and OR need a word on each side, NOT a word after it");
        assertRefused("OR tvang", "AND and OR need a word on each side, NOT a word after it");
    }

    private static void assertRefused(String query, String mistake) {
        assertThatThrownBy(() -> ids(query)).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("the query cannot be read: " + mistake);
    }

    @Test
    void aWordInElFindsItsFormsWithoutTheE() throws Exception {
        // The texts have "midler" and "midlerne" only.
        assertThat(ids("midler")).isNotEmpty();
        assertThat(ids("middel")).containsExactlyInAnyOrderElementsOf(ids("midler"));
    }

    @Test
    void aWordWithAnAccentIsFoundWithoutIt() throws Exception {
        // A sample has "idé".
        assertThat(ids("idé")).isNotEmpty();
        assertThat(ids("ide")).containsExactlyInAnyOrderElementsOf(ids("idé"));
    }

    @Test
    void didYouMeanOffersAWordAsTheTextsWriteItNotAsTheIndexFoldsIt() throws Exception {
        SearchResponse typo = searcher.search(SearchRequest.of("koordinationsfoum"));

        assertThat(typo.total()).isZero();
        assertThat(typo.didYouMean()).isEqualTo("koordinationsforum");
    }

    @Test
    void aPersonAskedForInTheQueryIsFoundInAnySpellingAsByTheFilter() throws Exception {
        List<String> filtered = filtered("person", "Marianne Terkelsen");

        assertThat(filtered).isNotEmpty();
        assertThat(ids("person:\"Marianne Terkelsen\"")).containsExactlyInAnyOrderElementsOf(filtered);
    }

    @Test
    void aCommitteeTypedInAnotherCaseOrDashIsTheOneTheArchiveKeeps() throws Exception {
        List<String> kept = filtered("committee", "Direktørforum – Sundhedsklynge Midt");

        assertThat(kept).isNotEmpty();
        assertThat(filtered("committee", "direktørforum - sundhedsklynge midt")).isEqualTo(kept);
        assertThat(filtered("committee", "Direktørforum - Sundhedsklynge Vest")).isEmpty();
    }

    private static List<String> filtered(String dim, String value) throws Exception {
        return searcher.search(new SearchRequest("", Map.of(dim, List.of(value)), null, null,
                SearchRequest.SortOrder.RELEVANCE, 1, 100)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void exclusionsAloneFindEverythingElse() throws Exception {
        List<String> tvang = ids("tvang");

        assertThat(tvang).isNotEmpty();
        assertThat(total("-tvang")).isEqualTo(total("") - total("tvang"));
        assertThat(ids("-tvang")).doesNotContainAnyElementsOf(tvang);
        assertThat(ids("NOT tvang")).containsExactlyInAnyOrderElementsOf(ids("-tvang"));
        assertThat(ids("demens OR (-tvang)")).containsAll(ids("-tvang"));
    }

    @Test
    void aColonInsideAWordIsText() throws Exception {
        assertThat(ids("SAM:BO")).contains(item("2025-10-09-koordinationsforum-sundhedsklynge-sydvestjylland-referat", 4));
    }

    @Test
    void aQueryThatFindsNothingSuggestsACorrectionThatFindsSomething() throws Exception {
        SearchResponse response = searcher.search(SearchRequest.of("bæltefiksring"));

        assertThat(response.total()).isZero();
        assertThat(response.didYouMean()).isEqualTo("bæltefiksering");
        assertThat(searcher.search(SearchRequest.of(response.didYouMean())).total()).isPositive();
    }

    @Test
    void typeaheadSuggestsNamesBeforeWords() throws Exception {
        List<Suggestion> suggestions = new TypeaheadSuggester(SearchCorpus.archive().index()).suggest("hofte", 10);

        assertThat(suggestions).startsWith(new Suggestion("project", "LKT Hoftenære lårbensbrud"),
                new Suggestion("project", "LKT Sammenhængende hoftebrudsforløb"));
        assertThat(suggestions).contains(new Suggestion("word", "hoftebrud"));
        assertThat(new TypeaheadSuggester(SearchCorpus.archive().index()).suggest("mariane", 5))
                .containsExactly(new Suggestion("person", "Mariane Therkelsen"));
    }

    @Test
    void snippetsMarkTheMatchedWordsAlsoInsideCompounds() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("hoftebrud")).hits().stream()
                .filter(h -> h.id().equals(item(LKT_2024, 2))).findFirst().orElseThrow();

        assertThat(hit.snippet()).containsIgnoringCase("<mark>hoftebrudsforløb</mark>");
    }
}
