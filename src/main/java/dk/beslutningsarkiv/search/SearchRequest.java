package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Outcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        filters = checked(filters);
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

    /**
     * The filters, those of the dimensions of a closed set of values checked against it (in lower
     * case, as the values are kept): a mistyped one is an error, not an empty answer.
     */
    private static Map<String, List<String>> checked(Map<String, List<String>> filters) {
        Map<String, List<String>> out = new HashMap<>();
        filters.forEach((dim, values) -> out.put(dim, switch (dim) {
            case Schema.YEAR -> {
                values.stream().filter(v -> !YEAR.matcher(v).matches()).findFirst().ifPresent(v -> {
                    throw new IllegalArgumentException("year must be a year of four digits, not \"" + v + "\"");
                });
                yield List.copyOf(values);
            }
            case Schema.OUTCOME -> oneOf(dim, values, Arrays.stream(Outcome.values()).map(Outcome::label));
            case Schema.TYPE -> oneOf(dim, values, Arrays.stream(DocumentType.values()).map(DocumentType::label));
            // Committees, regions, people and projects are as many as the archive holds.
            default -> List.copyOf(values);
        }));
        return Map.copyOf(out);
    }

    private static List<String> oneOf(String dim, List<String> values, Stream<String> labels) {
        List<String> allowed = labels.toList();
        List<String> lower = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        lower.stream().filter(v -> !allowed.contains(v)).findFirst().ifPresent(v -> {
            throw new IllegalArgumentException(dim + " must be one of " + String.join(", ", allowed) + ", not \""
                    + v + "\"");
        });
        return lower;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 1, 10);
    }
}
