package dk.beslutningsarkiv.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The answer of a search: the contract's {@code total, page, size, hits, facets}, and
 * {@code didYouMean}, a corrected query when this one found nothing and a correction finds something.
 */
public record SearchResponse(long total, int page, int size, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                             String didYouMean) {

    /** Unmodifiable: answers are cached and handed to several requests. */
    public SearchResponse {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(facets);
    }
}
