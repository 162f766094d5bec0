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

/** Reads and validates the search parameters of a request; anything wrong is a 400 with a message. */
final class SearchParams {

    private SearchParams() {
    }

    static SearchRequest from(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Schema.FACET_DIMENSIONS) {
            List<String> values = ctx.queryParams(dim).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        try {
            return new SearchRequest(ctx.queryParam("q"), filters, date(ctx, "from"), date(ctx, "to"),
                    sort(ctx.queryParam("sort")), integer(ctx, "page", 1), integer(ctx, "size", 10));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
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
            throw new BadRequestException(name + " must be an ISO date (YYYY-MM-DD), not \"" + value + "\"");
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
            throw new BadRequestException(name + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static SearchRequest.SortOrder sort(String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.SortOrder.RELEVANCE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
            case "date" -> SearchRequest.SortOrder.DATE;
            default -> throw new BadRequestException("sort must be relevance or date, not \"" + value + "\"");
        };
    }
}
