package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.SearchRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and validates the search parameters of a request; anything wrong is a 400 with a message. */
final class SearchParams {

    /** Deep pages cost a sort over everything before them; the searcher serves this many items at most. */
    static final int MAX_WINDOW = 10_000;
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private SearchParams() {
    }

    static SearchRequest from(Context ctx, int defaultSize) {
        // The server decodes a broken escape to nothing, which would answer another search than the one asked.
        String raw = ctx.queryString();
        if (raw != null && BROKEN_ESCAPE.matcher(raw).find()) {
            throw ApiException.badRequest("the address has a % not followed by two hexadecimal digits; write % as %25");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> values = ctx.queryParams(dim).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        int page = integer(ctx, "page", 1);
        int size = integer(ctx, "size", defaultSize);
        if (page >= 1 && size >= 1 && size <= SearchRequest.MAX_SIZE && (long) page * size > MAX_WINDOW) {
            throw ApiException.badRequest("page " + page + " is beyond item " + MAX_WINDOW + "; narrow the search");
        }
        try {
            return new SearchRequest(ctx.queryParam("q"), filters, date(ctx, "from"), date(ctx, "to"),
                    sort(ctx.queryParam("sort")), page, size);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO date (YYYY-MM-DD), not \"" + value + "\"");
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static SearchRequest.SortOrder sort(String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.SortOrder.RELEVANCE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
            case "date" -> SearchRequest.SortOrder.DATE;
            default -> throw ApiException.badRequest("sort must be relevance or date, not \"" + value + "\"");
        };
    }
}
