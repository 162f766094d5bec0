package dk.beslutningsarkiv.search;

import java.time.Duration;

/** A search ran past its time limit and was stopped; asking something narrower helps. */
public final class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(Duration limit) {
        super("the search took longer than " + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
                + " and was stopped; make it more specific");
    }
}
