package dk.beslutningsarkiv.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

/** Waits, in tests, until a thread is parked in a timed wait (a lock or a semaphore with a deadline). */
public final class WaitingThreads {

    private WaitingThreads() {
    }

    /** Returns once {@code thread} waits with a timeout; fails when it ends first or after ten seconds. */
    public static void awaitTimedWaiting(Thread thread) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
            assertThat(thread.isAlive()).as("%s ended before it waited", thread.getName()).isTrue();
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }
}
