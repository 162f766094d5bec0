package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A search stopped at its limit is told why: its own cost, or the searches it waited behind. */
class SearchTimeoutExceptionTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void aSearchThatWaitedLittleIsAskedToBeMoreSpecific() {
        assertThat(SearchTimeoutException.stopped(LIMIT, TimeUnit.MILLISECONDS.toNanos(2_499)))
                .hasMessage("the search took longer than 5 s and was stopped; make it more specific");
    }

    @Test
    void aSearchThatWaitedHalfItsLimitOrMoreIsToldTheArchiveIsBusy() {
        assertThat(SearchTimeoutException.stopped(LIMIT, TimeUnit.MILLISECONDS.toNanos(2_500)))
                .hasMessage("the archive was too busy to answer the search within 5 s; try again shortly");
    }

    @Test
    void aSearchThatDidNotWaitIsNeverToldTheArchiveIsBusyWhateverItsLimit() {
        assertThat(SearchTimeoutException.stopped(Duration.ZERO, 0))
                .hasMessage("the search took longer than 0 s and was stopped; make it more specific");
    }

    @Test
    void aLimitOfPartSecondsIsWrittenInMilliseconds() {
        assertThat(SearchTimeoutException.stopped(Duration.ofMillis(1_500), 0))
                .hasMessage("the search took longer than 1500 ms and was stopped; make it more specific");
    }
}
