package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.QuerySyntaxException;
import dk.beslutningsarkiv.search.SearchCsv;
import dk.beslutningsarkiv.search.SearchFeed;
import dk.beslutningsarkiv.search.SearchRequest;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code GET /api/search} as JSON or CSV, and {@code GET /api/search.atom}: parameters in, the answer out. */
final class SearchController {

    private static final int PAGE_SIZE = 10;
    private static final int FEED_SIZE = 20;

    private final ArchiveSearcher searcher;
    private final SearchCsv csv;
    private final SearchFeed feed;

    SearchController(ArchiveSearcher searcher, SearchCsv csv, SearchFeed feed) {
        this.searcher = searcher;
        this.csv = csv;
        this.feed = feed;
    }

    void search(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx, PAGE_SIZE);
        String format = ctx.queryParam("format");
        try {
            if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
                ctx.json(searcher.search(request));
            } else if (format.equalsIgnoreCase("csv")) {
                csv.write(request, baseUrl(ctx), () -> {
                    ctx.contentType("text/csv; charset=utf-8");
                    ctx.header("Content-Disposition", "attachment; filename=\"beslutningsarkiv.csv\"");
                    return writer(ctx);
                });
            } else {
                throw ApiException.badRequest("format must be json or csv, not \"" + format + "\"");
            }
        } catch (QuerySyntaxException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    void feed(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx, FEED_SIZE);
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        String base = baseUrl(ctx);
        SearchFeed.Links links = new SearchFeed.Links(base, base + ctx.path() + (query.isEmpty() ? "" : "?" + query),
                base + "/" + (query.isEmpty() ? "" : "?" + query));
        try {
            ctx.contentType("application/atom+xml; charset=utf-8");
            feed.write(request, title(request), links, writer(ctx));
        } catch (QuerySyntaxException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** "Beslutningsarkiv: tvang (2024, LKT Tvang)": what the saved search is, in the reader's list. */
    private static String title(SearchRequest request) {
        String what = request.query().isEmpty() ? "alle punkter" : request.query();
        String filters = request.filters().values().stream().flatMap(List::stream).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
        return "Beslutningsarkiv: " + what + (filters.isEmpty() ? "" : " (" + filters + ")");
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }

    /** Absolute links for files read outside the page (spreadsheets, feed readers), from the request's own host. */
    static String baseUrl(Context ctx) {
        String host = ctx.host();
        return ctx.scheme().toLowerCase(Locale.ROOT) + "://" + (host == null ? "localhost" : host);
    }
}
