package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.SearchRequest;
import io.javalin.http.Context;

/**
 * The API's own reading of {@code GET /api/search}'s parameters, opened to the peer adapters of
 * bench/peers.sh (dk.beslutningsarkiv.bench.peers), so they accept and refuse exactly what we do.
 */
public final class PeerSearchParams {

    /** SearchController's page size, the contract's default. */
    private static final int PAGE_SIZE = 10;

    private PeerSearchParams() {
    }

    /** The request; an {@link IllegalArgumentException} carrying our 400 message when a parameter is wrong. */
    public static SearchRequest from(Context ctx) {
        try {
            return SearchParams.from(ctx, PAGE_SIZE);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
