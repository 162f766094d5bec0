package dk.beslutningsarkiv.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.FacetValue;
import dk.beslutningsarkiv.search.SearchHit;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a search into an OpenSearch {@code _search} body over bench/peers/opensearch-index.json,
 * and its answer back into ours. The query is {@code simple_query_string} (AND by default) over
 * the text fields with our boosts; facet filters go into {@code post_filter}, so hits obey them
 * while each dimension's aggregation applies only the other dimensions' filters (drill sideways).
 */
final class OpenSearchSearch {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Years come all, for the histogram: far more than the archive's span. */
    static final int ALL_YEARS = 1_000;
    static final int SNIPPET_CHARS = 200;
    private static final String MARK = "<mark>";
    private static final List<String> HIT_FIELDS = List.of(Schema.ID, Schema.MEETING_ID, Schema.NUMBER, Schema.TITLE,
            Schema.COMMITTEE, Schema.DATE, Schema.TYPE, Schema.OUTCOME);

    private OpenSearchSearch() {
    }

    static ObjectNode request(SearchRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("from", (request.page() - 1) * request.size());
        body.put("size", request.size());
        // Ours counts every match exactly; OpenSearch stops at 10,000 unless asked.
        body.put("track_total_hits", true);
        HIT_FIELDS.forEach(body.putArray("_source")::add);
        body.set("query", query(request));
        ObjectNode filters = filters(request, null);
        if (filters != null) {
            body.set("post_filter", filters);
        }
        body.set("aggs", aggregations(request));
        body.set("sort", sort(request));
        body.set("highlight", highlight());
        return body;
    }

    private static ObjectNode query(SearchRequest request) {
        ObjectNode bool = JSON.createObjectNode();
        ObjectNode root = JSON.createObjectNode().set("bool", bool);
        if (request.query().isEmpty()) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            ObjectNode simple = bool.putArray("must").addObject().putObject("simple_query_string");
            simple.put("query", simpleQuery(request.query()));
            FieldWeights.openSearchFields().forEach(simple.putArray("fields")::add);
            simple.put("default_operator", "and");
        }
        if (request.from() != null || request.to() != null) {
            ObjectNode range = bool.putArray("filter").addObject().putObject("range").putObject(Schema.DATE);
            if (request.from() != null) {
                range.put("gte", request.from().toString());
            }
            if (request.to() != null) {
                range.put("lte", request.to().toString());
            }
        }
        return root;
    }

    /**
     * Our syntax in simple_query_string's: the same words, "phrases" and -exclusion, but OR is
     * {@code |} there (outside quotes; inside a phrase OR is a word).
     */
    static String simpleQuery(String query) {
        String[] parts = query.split("\"", -1);
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = parts[i].replaceAll("(?<=^|\\s)OR(?=\\s|$)", "|");
        }
        return String.join("\"", parts);
    }

    /** The terms filters of every dimension but {@code skipped}, or null when there are none. */
    private static ObjectNode filters(SearchRequest request, String skipped) {
        ArrayNode terms = JSON.createArrayNode();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> values = request.filters().get(dim);
            if (values != null && !values.isEmpty() && !dim.equals(skipped)) {
                values.forEach(terms.addObject().putObject("terms").putArray(dim)::add);
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        ObjectNode bool = JSON.createObjectNode();
        bool.putObject("bool").set("filter", terms);
        return bool;
    }

    private static ObjectNode aggregations(SearchRequest request) {
        ObjectNode aggs = JSON.createObjectNode();
        for (String dim : Schema.FACET_DIMENSIONS) {
            ObjectNode agg = aggs.putObject(dim);
            ObjectNode others = filters(request, dim);
            if (others != null) {
                agg.set("filter", others);
            } else {
                agg.putObject("filter").putObject("match_all");
            }
            ObjectNode terms = agg.putObject("aggs").putObject("values").putObject("terms");
            terms.put("field", dim);
            boolean years = Schema.YEAR.equals(dim);
            terms.put("size", years ? ALL_YEARS : PeerBackend.FACET_VALUES);
            ArrayNode order = terms.putArray("order");
            if (years) {
                order.addObject().put("_key", "asc");
            } else {
                order.addObject().put("_count", "desc");
                order.addObject().put("_key", "asc");
            }
        }
        return aggs;
    }

    /** Ours: score, then newest, then id; by date (and when browsing) newest, then score, then id. Undated last. */
    private static ArrayNode sort(SearchRequest request) {
        ArrayNode sort = JSON.createArrayNode();
        boolean byDate = request.sort() == SearchRequest.SortOrder.DATE || request.query().isEmpty();
        if (!byDate) {
            sort.add("_score");
        }
        ObjectNode newest = sort.addObject().putObject(Schema.DATE);
        newest.put("order", "desc");
        newest.put("missing", "_last");
        if (byDate) {
            sort.add("_score");
        }
        sort.addObject().put(Schema.ID, "asc");
        return sort;
    }

    /** Body and decision, one passage each, HTML-escaped with <mark>; without a match, the body's start. */
    private static ObjectNode highlight() {
        ObjectNode highlight = JSON.createObjectNode();
        highlight.putArray("pre_tags").add(MARK);
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("encoder", "html");
        highlight.put("number_of_fragments", 1);
        highlight.put("fragment_size", SNIPPET_CHARS);
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject(Schema.BODY).put("no_match_size", SNIPPET_CHARS);
        fields.putObject(Schema.DECISION);
        return highlight;
    }

    static SearchResponse response(JsonNode answer, SearchRequest request) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            String meetingId = source.path(Schema.MEETING_ID).asText();
            int number = source.path(Schema.NUMBER).asInt();
            hits.add(new SearchHit(source.path(Schema.ID).asText(), meetingId, number, text(source, Schema.TITLE),
                    text(source, Schema.COMMITTEE), text(source, Schema.DATE), text(source, Schema.TYPE),
                    text(source, Schema.OUTCOME), snippet(hit.path("highlight")), SearchHit.permalink(meetingId, number)));
        }
        Map<String, List<FacetValue>> facets = new HashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode bucket : answer.path("aggregations").path(dim).path("values").path("buckets")) {
                values.add(new FacetValue(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            facets.put(dim, values);
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        return new SearchResponse(total, request.page(), request.size(), hits, FacetOrder.ordered(facets), null);
    }

    /** As ours: the body's passage when it matched, else the decision's, else the start of the body. */
    private static String snippet(JsonNode highlight) {
        String body = highlight.path(Schema.BODY).path(0).asText("");
        if (body.contains(MARK)) {
            return body;
        }
        String decision = highlight.path(Schema.DECISION).path(0).asText("");
        return decision.contains(MARK) ? decision : body;
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
