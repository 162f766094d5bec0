package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.QuerySyntaxException;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/search}: parameters in, the search's answer out. */
final class SearchController {

    private final ArchiveSearcher searcher;

    SearchController(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        try {
            ctx.json(searcher.search(SearchParams.from(ctx)));
        } catch (QuerySyntaxException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
