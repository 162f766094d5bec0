package dk.beslutningsarkiv.search;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets as many searches compute at once as there are slots (one per core), the others waiting
 * their turn in arrival order. Searches sharing a core by turns all finish late; one after the
 * other, each keeps the core's caches to itself. At a million items and eight connections on one
 * core: p99 139-150 -> 127-134 ms, p50 67-73 -> 64-68 ms (alternated three times).
 */
final class SearchSlots {

    private final Semaphore slots;
    private final Duration limit;

    /** {@code count} slots; a search waits for one until its time {@code limit} runs out. */
    SearchSlots(int count, Duration limit) {
        if (count < 1) {
            throw new IllegalArgumentException("searches need at least one slot");
        }
        this.slots = new Semaphore(count, true);
        this.limit = limit;
    }

    /**
     * A slot, to be closed when the search is done, taken by {@code deadline} ({@link System#nanoTime()});
     * throws {@link SearchTimeoutException} when none comes free by then.
     */
    Slot take(long deadline) throws InterruptedIOException {
        try {
            // A zero wait keeps the arrival order, as a plain tryAcquire() would not.
            if (slots.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return new Slot(0);
            }
            long start = System.nanoTime();
            if (!slots.tryAcquire(deadline - start, TimeUnit.NANOSECONDS)) {
                throw SearchTimeoutException.busy(limit);
            }
            return new Slot(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to search");
        }
    }

    /** A search's slot; closing it (once or more) lets the next search in. */
    final class Slot implements AutoCloseable {

        /** Closed twice, a slot must not let two searches in. */
        private final AtomicBoolean held = new AtomicBoolean(true);
        private final long waitedNanos;

        private Slot(long waitedNanos) {
            this.waitedNanos = waitedNanos;
        }

        /** How long the search waited for the searches before it: 0 when a slot was free. */
        long waitedNanos() {
            return waitedNanos;
        }

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
