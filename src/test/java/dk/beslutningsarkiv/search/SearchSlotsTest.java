package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.testsupport.WaitingThreads;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Searches beyond the slots wait their turn, in arrival order, for no longer than their time limit. */
class SearchSlotsTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void aSearchBeyondTheSlotsWaitsUntilItsDeadlineAndIsToldTheArchiveIsBusy() throws Exception {
        SearchSlots slots = new SearchSlots(2, LIMIT);
        try (SearchSlots.Slot first = slots.take(inMillis(0)); SearchSlots.Slot second = slots.take(inMillis(0))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> slots.take(inMillis(100)))
                    .isInstanceOf(SearchTimeoutException.class)
                    .hasMessage("the archive was too busy to answer the search within 5 s; try again shortly");
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        }
        try (SearchSlots.Slot again = slots.take(inMillis(0))) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aSlotClosedTwiceFreesOneSlotOnly() throws Exception {
        SearchSlots slots = new SearchSlots(1, LIMIT);
        SearchSlots.Slot first = slots.take(inMillis(0));
        first.close();
        first.close();
        try (SearchSlots.Slot second = slots.take(inMillis(0))) {
            assertThatThrownBy(() -> slots.take(inMillis(50))).isInstanceOf(SearchTimeoutException.class);
        }
    }

    @Test
    void waitingSearchesGetTheSlotWhenItIsFreedInTheOrderTheyArrived() throws Exception {
        SearchSlots slots = new SearchSlots(1, LIMIT);
        Queue<String> order = new ConcurrentLinkedQueue<>();
        SearchSlots.Slot held = slots.take(inMillis(0));
        List<Thread> waiters = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            Thread waiter = new Thread(() -> whileHolding(slots, slot -> order.add(name)));
            waiter.start();
            WaitingThreads.awaitTimedWaiting(waiter);
            waiters.add(waiter);
        }
        held.close();
        for (Thread waiter : waiters) {
            waiter.join(5_000);
        }
        assertThat(order).containsExactly("first", "second", "third");
    }

    @Test
    void aSlotSaysHowLongItsSearchWaitedForIt() throws Exception {
        SearchSlots slots = new SearchSlots(1, LIMIT);
        SearchSlots.Slot held = slots.take(inMillis(0));
        assertThat(held.waitedNanos()).isZero();
        AtomicLong waited = new AtomicLong(-1);
        Thread waiter = new Thread(() -> whileHolding(slots, slot -> waited.set(slot.waitedNanos())));
        waiter.start();
        WaitingThreads.awaitTimedWaiting(waiter);
        long heldSince = System.nanoTime();
        Thread.sleep(100);
        held.close();
        long heldFor = System.nanoTime() - heldSince;
        waiter.join(5_000);
        assertThat(waited.get()).as("held for %d ns", heldFor)
                .isBetween(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.MILLISECONDS.toNanos(5_000));
    }

    @Test
    void anInterruptedWaitEndsAtOnceAndKeepsTheInterrupt() throws Exception {
        SearchSlots slots = new SearchSlots(1, LIMIT);
        boolean kept;
        try (SearchSlots.Slot held = slots.take(inMillis(0))) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> slots.take(inMillis(5_000))).isInstanceOf(InterruptedIOException.class);
            } finally {
                // Cleared whatever happened, so no other test runs interrupted.
                kept = Thread.interrupted();
            }
        }
        assertThat(kept).isTrue();
    }

    /** Runs {@code work} holding a slot taken within five seconds; does nothing when interrupted. */
    private static void whileHolding(SearchSlots slots, Consumer<SearchSlots.Slot> work) {
        try (SearchSlots.Slot slot = slots.take(inMillis(5_000))) {
            work.accept(slot);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long inMillis(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
