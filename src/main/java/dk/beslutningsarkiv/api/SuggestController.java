package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.Suggestion;
import dk.beslutningsarkiv.search.TypeaheadSuggester;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** {@code GET /api/suggest?q=...}: typeahead for the search box. */
final class SuggestController {

    /** What the answer holds: the suggestions, committees, projects and people before words. */
    record Suggestions(List<Suggestion> suggestions) {
    }

    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 50;

    private final TypeaheadSuggester suggester;

    SuggestController(TypeaheadSuggester suggester) {
        this.suggester = suggester;
    }

    void suggest(Context ctx) throws IOException {
        String typed = ctx.queryParam("q");
        if (typed == null) {
            throw ApiException.badRequest("q is required");
        }
        if (typed.length() > 100) {
            throw ApiException.badRequest("q must be at most 100 characters");
        }
        int limit = limit(ctx.queryParam("limit"));
        ctx.json(new Suggestions(suggester.suggest(typed, limit)));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
