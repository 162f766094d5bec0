package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.beslutningsarkiv.testsupport.SearchCorpus;
import dk.beslutningsarkiv.testsupport.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden searches over the samples and the search corpus: the exact top hits and every facet
 * count of each named request, pinned in search/golden/searches.json. Run with
 * -Dgolden.update=true to rewrite the file after a deliberate change, then read the diff.
 */
class SearchGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path GOLDEN = Path.of("src/test/resources/search/golden/searches.json");

    /** What is pinned of one search: its size, its first hits in order, and its facets. */
    record Pinned(long total, List<String> top, Map<String, List<FacetValue>> facets, String didYouMean) {
    }

    static Map<String, SearchRequest> requests() {
        Map<String, SearchRequest> requests = new LinkedHashMap<>();
        requests.put("browse everything, newest first", request("", Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE));
        requests.put("tvang", request("tvang", Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE));
        requests.put("hoftebrud finds compounds", request("hoftebrud", Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE));
        requests.put("LKT synonyms, by date", request("LKT", Map.of(), null, null, SearchRequest.SortOrder.DATE));
        requests.put("KOL in two regions", request("KOL", Map.of("region", List.of("Region Syddanmark", "Region Hovedstaden")),
                null, null, SearchRequest.SortOrder.RELEVANCE));
        requests.put("approved items 2019-2024 in Region Syddanmark", request("", Map.of("outcome", List.of("godkendt"),
                "region", List.of("Region Syddanmark")), LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31),
                SearchRequest.SortOrder.RELEVANCE));
        requests.put("a person in any spelling", request("", Map.of("person", List.of("Marianne Terkelsen")), null, null,
                SearchRequest.SortOrder.RELEVANCE));
        requests.put("phrase and exclusion", request("\"fælles beslutningstagning\" OR udskrivningsaftaler -psykiatriplan",
                Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE));
        requests.put("misspelt, with a suggestion", request("hjemmeplejn", Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE));
        return requests;
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                                         SearchRequest.SortOrder sort) {
        return new SearchRequest(q, filters, from, to, sort, 1, 5);
    }

    @Test
    void everyGoldenSearchGivesExactlyThePinnedHitsAndFacets() throws Exception {
        ArchiveSearcher searcher = new ArchiveSearcher(SearchCorpus.archive().index());
        Map<String, Pinned> actual = new LinkedHashMap<>();
        for (Map.Entry<String, SearchRequest> e : requests().entrySet()) {
            SearchResponse response = searcher.search(e.getValue());
            actual.put(e.getKey(), new Pinned(response.total(), response.hits().stream().map(SearchHit::id).toList(),
                    response.facets(), response.didYouMean()));
        }
        String rendered = JSON.writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, rendered);
        }
        assertThat(rendered).isEqualTo(Files.readString(TestFiles.resource("search/golden/searches.json")));
    }
}
