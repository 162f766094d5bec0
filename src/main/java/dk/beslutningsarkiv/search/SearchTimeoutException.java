package dk.beslutningsarkiv.search;

import java.time.Duration;

/** A search ran past its time limit and was stopped; asking something narrower helps. */
public final class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SearchTimeoutException(Duration limit) {
        super("the search took longer than " + readable(limit) + " and was stopped; make it more specific");
    }

    private SearchTimeoutException(String message) {
        super(message);
    }

    /** The search waited its whole time limit for the searches before it: nothing wrong with the search itself. */
    static SearchTimeoutException busy(Duration limit) {
        return new SearchTimeoutException("the archive was too busy to answer the search within " + readable(limit)
                + "; try again shortly");
    }

    /**
     * A search stopped at its {@code limit} after waiting {@code waitedNanos} for its turn: when the
     * wait took half the limit or more, the searches before it are to blame, not the search.
     */
    static SearchTimeoutException stopped(Duration limit, long waitedNanos) {
        return 2 * waitedNanos >= limit.toNanos() ? busy(limit) : new SearchTimeoutException(limit);
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
