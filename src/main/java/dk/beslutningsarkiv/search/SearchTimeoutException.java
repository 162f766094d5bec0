package dk.beslutningsarkiv.search;

import java.time.Duration;

/** A search ran past its time limit and was stopped; asking something narrower helps. */
public final class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(Duration limit) {
        super("the search took longer than " + readable(limit) + " and was stopped; make it more specific");
    }

    private SearchTimeoutException(String message) {
        super(message);
    }

    /** The search waited its whole time limit for the searches before it: nothing wrong with the search itself. */
    static SearchTimeoutException busy(Duration limit) {
        return new SearchTimeoutException("the archive was too busy to start the search within " + readable(limit)
                + "; try again shortly");
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
