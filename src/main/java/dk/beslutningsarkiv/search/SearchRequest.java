package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Outcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One search: the query text (empty browses everything), filters per facet dimension (OR within
 * a dimension, AND across), an optional date range, the order and the page.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
        filters.forEach(SearchRequest::checkValues);
    }

    /** The dimensions of a closed set of values take only those: a mistyped one is an error, not an empty answer. */
    private static void checkValues(String dim, List<String> values) {
        for (String value : values) {
            switch (dim) {
                case Schema.YEAR -> {
                    if (!YEAR.matcher(value).matches()) {
                        throw new IllegalArgumentException("year must be a year of four digits, not \"" + value + "\"");
                    }
                }
                case Schema.OUTCOME -> requireOneOf(dim, value, Arrays.stream(Outcome.values()).map(Outcome::label));
                case Schema.TYPE -> requireOneOf(dim, value, Arrays.stream(DocumentType.values()).map(DocumentType::label));
                default -> {
                    // Committees, regions, people and projects are as many as the archive holds.
                }
            }
        }
    }

    private static void requireOneOf(String dim, String value, Stream<String> labels) {
        List<String> allowed = labels.toList();
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(dim + " must be one of " + String.join(", ", allowed) + ", not \""
                    + value + "\"");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 10);
    }
}
