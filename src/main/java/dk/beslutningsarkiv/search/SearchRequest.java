package dk.beslutningsarkiv.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One search: the query text (empty browses everything), filters per facet dimension (OR within
 * a dimension, AND across), an optional date range, the order and the page.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Result order: by score (ties newest first, then by id) or by meeting date. */
    public enum SortOrder { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 10);
    }
}
