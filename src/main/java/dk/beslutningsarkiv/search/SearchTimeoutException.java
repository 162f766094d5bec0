package dk.beslutningsarkiv.search;

import java.time.Duration;

/**
 * A search ran past its time limit and was stopped: by its own cost, where asking something
 * narrower helps, or by the searches it waited behind, where asking again shortly does.
 */
public final class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SearchTimeoutException(Duration limit) {
        super("the search took longer than " + readable(limit) + " and was stopped; make it more specific");
    }

    private SearchTimeoutException(String message) {
        super(message);
    }

    /**
     * The search waited its time limit, or much of it, for the searches before it: nothing wrong
     * with the search itself.
     */
    static SearchTimeoutException busy(Duration limit) {
        return new SearchTimeoutException("the archive was too busy to answer the search within " + readable(limit)
                + "; try again shortly");
    }

    /**
     * A search stopped at its {@code limit} after waiting {@code waitedNanos} for its turn: when it
     * waited at all and for half the limit or more, the searches before it are to blame.
     */
    static SearchTimeoutException stopped(Duration limit, long waitedNanos) {
        boolean waitedMuch = waitedNanos > 0 && 2 * waitedNanos >= limit.toNanos();
        return waitedMuch ? busy(limit) : new SearchTimeoutException(limit);
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
