package dk.beslutningsarkiv.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.FacetValue;
import dk.beslutningsarkiv.search.SearchHit;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchRequest.SortOrder;
import dk.beslutningsarkiv.search.SearchResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchSearchTest {

    private static final Map<String, List<String>> FILTERS = Map.of(
            Schema.COMMITTEE, List.of("Regionsrådet", "RKKP"),
            Schema.REGION, List.of("Region Syddanmark"));

    private static ObjectNode request(String q, Map<String, List<String>> filters, SortOrder sort, int page) {
        return OpenSearchSearch.request(new SearchRequest(q, filters, null, null, sort, page, 10));
    }

    @Test
    void aQueryIsASimpleQueryStringOverTheTextFieldsWithOurBoostsAndAllWordsRequired() {
        ObjectNode body = request("tvang OR tvangsindlæggelser", Map.of(), SortOrder.RELEVANCE, 3);

        JsonNode simple = body.at("/query/bool/must/0/simple_query_string");
        assertThat(simple.get("query").asText()).isEqualTo("tvang | tvangsindlæggelser");
        assertThat(simple.get("fields")).extracting(JsonNode::asText).containsExactly("title^3", "decision^2", "body^1");
        assertThat(simple.get("default_operator").asText()).isEqualTo("and");
        assertThat(body.get("from").asInt()).isEqualTo(20);
        assertThat(body.get("size").asInt()).isEqualTo(10);
        assertThat(body.get("track_total_hits").asBoolean()).isTrue();
        assertThat(body.has("post_filter")).isFalse();
    }

    @Test
    void orBecomesAPipeOutsidePhrasesOnly() {
        assertThat(OpenSearchSearch.simpleQuery("\"tvang OR magt\" OR bælte ORDRE -OR")).isEqualTo("\"tvang OR magt\" | bælte ORDRE -OR");
        assertThat(OpenSearchSearch.simpleQuery("OR tvang")).isEqualTo("| tvang");
    }

    @Test
    void filtersGoIntoThePostFilterSoEachDimensionIsCountedUnderTheOthersOnly() {
        ObjectNode body = request("tvang", FILTERS, SortOrder.RELEVANCE, 1);

        assertThat(body.at("/post_filter/bool/filter").toString())
                .isEqualTo("[{\"terms\":{\"committee\":[\"Regionsrådet\",\"RKKP\"]}},{\"terms\":{\"region\":[\"Region Syddanmark\"]}}]");
        assertThat(body.at("/aggs/committee/filter/bool/filter").toString())
                .isEqualTo("[{\"terms\":{\"region\":[\"Region Syddanmark\"]}}]");
        assertThat(body.at("/aggs/region/filter/bool/filter").toString())
                .isEqualTo("[{\"terms\":{\"committee\":[\"Regionsrådet\",\"RKKP\"]}}]");
        assertThat(body.at("/aggs/person/filter/bool/filter")).hasSize(2);
        assertThat(body.get("aggs").size()).isEqualTo(Schema.FACET_DIMENSIONS.size());
        // Filters never reach the scored query, or they would change scores and the aggregations.
        assertThat(body.get("query").toString()).doesNotContain("terms");
    }

    @Test
    void yearsComeAllByValueOtherDimensionsTheMostFrequentFifty() {
        ObjectNode body = request("", Map.of(), SortOrder.RELEVANCE, 1);

        assertThat(body.at("/aggs/year/aggs/values/terms/size").asInt()).isEqualTo(OpenSearchSearch.ALL_YEARS);
        assertThat(body.at("/aggs/year/aggs/values/terms/order").toString()).isEqualTo("[{\"_key\":\"asc\"}]");
        assertThat(body.at("/aggs/project/aggs/values/terms/field").asText()).isEqualTo(Schema.PROJECT);
        assertThat(body.at("/aggs/project/aggs/values/terms/size").asInt()).isEqualTo(PeerBackend.FACET_VALUES);
        assertThat(body.at("/aggs/project/aggs/values/terms/order").toString()).isEqualTo("[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]");
        assertThat(body.at("/aggs/project/filter").toString()).isEqualTo("{\"match_all\":{}}");
    }

    @Test
    void browsingMatchesAllNewestFirst() {
        ObjectNode body = request("", Map.of(), SortOrder.RELEVANCE, 1);

        assertThat(body.at("/query/bool/must/0").toString()).isEqualTo("{\"match_all\":{}}");
        assertThat(body.get("sort").toString())
                .isEqualTo("[{\"meetingDate\":{\"order\":\"desc\",\"missing\":\"_last\"}},\"_score\",{\"id\":\"asc\"}]");
    }

    @Test
    void relevanceSortsByScoreThenNewestThenId() {
        assertThat(request("tvang", Map.of(), SortOrder.RELEVANCE, 1).get("sort").toString())
                .isEqualTo("[\"_score\",{\"meetingDate\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"id\":\"asc\"}]");
        assertThat(request("tvang", Map.of(), SortOrder.DATE, 1).get("sort").get(0).has(Schema.DATE)).isTrue();
    }

    @Test
    void aDateRangeIsAFilterOfTheQuery() {
        ObjectNode body = OpenSearchSearch.request(new SearchRequest("tvang", Map.of(), LocalDate.of(2020, 1, 1), null,
                SortOrder.RELEVANCE, 1, 10));

        assertThat(body.at("/query/bool/filter/0/range/meetingDate").toString()).isEqualTo("{\"gte\":\"2020-01-01\"}");
    }

    @Test
    void highlightsBodyAndDecisionEscapedWithMarksAndTheBodysStartWithoutAMatch() {
        JsonNode highlight = request("tvang", Map.of(), SortOrder.RELEVANCE, 1).get("highlight");

        assertThat(highlight.get("pre_tags").toString()).isEqualTo("[\"<mark>\"]");
        assertThat(highlight.get("post_tags").toString()).isEqualTo("[\"</mark>\"]");
        assertThat(highlight.get("encoder").asText()).isEqualTo("html");
        assertThat(highlight.get("number_of_fragments").asInt()).isEqualTo(1);
        assertThat(highlight.at("/fields/body/no_match_size").asInt()).isEqualTo(OpenSearchSearch.SNIPPET_CHARS);
        assertThat(highlight.get("fields").has(Schema.DECISION)).isTrue();
    }

    @Test
    void theAnswerBecomesOursWithFacetsInOurOrder() throws Exception {
        JsonNode answer = OpenSearchSearch.JSON.readTree("""
                {"hits": {"total": {"value": 42, "relation": "eq"}, "hits": [
                  {"_source": {"id": "m-punkt-3", "meetingId": "m", "number": 3, "title": "Tvang", "committee": "RKKP",
                               "meetingDate": "2024-05-01", "type": "referat", "outcome": null},
                   "highlight": {"body": ["uden mærke"], "decision": ["<mark>tvang</mark> godkendt"]}},
                  {"_source": {"id": "n-punkt-1", "meetingId": "n", "number": 1, "title": "Andet", "committee": "RKKP",
                               "type": "dagsorden"},
                   "highlight": {"body": ["starten af teksten"]}}]},
                 "aggregations": {
                   "year": {"doc_count": 42, "values": {"buckets": [{"key": "2024", "doc_count": 2}, {"key": "2019", "doc_count": 40}]}},
                   "committee": {"doc_count": 42, "values": {"buckets": [{"key": "B", "doc_count": 5}, {"key": "A", "doc_count": 5},
                                                                      {"key": "C", "doc_count": 9}]}}}}
                """);

        SearchResponse response = OpenSearchSearch.response(answer, new SearchRequest("tvang", Map.of(), null, null,
                SortOrder.RELEVANCE, 2, 10));

        assertThat(response.total()).isEqualTo(42);
        assertThat(response.page()).isEqualTo(2);
        assertThat(response.hits()).containsExactly(
                new SearchHit("m-punkt-3", "m", 3, "Tvang", "RKKP", "2024-05-01", "referat", null,
                        "<mark>tvang</mark> godkendt", "/moeder/m#punkt-3"),
                new SearchHit("n-punkt-1", "n", 1, "Andet", "RKKP", null, "dagsorden", null,
                        "starten af teksten", "/moeder/n#punkt-1"));
        assertThat(response.facets().keySet()).containsExactlyElementsOf(Schema.FACET_DIMENSIONS);
        assertThat(response.facets().get(Schema.YEAR)).extracting(FacetValue::value).containsExactly("2019", "2024");
        assertThat(response.facets().get(Schema.COMMITTEE)).extracting(FacetValue::value).containsExactly("C", "A", "B");
        assertThat(response.facets().get(Schema.PERSON)).isEmpty();
    }
}
