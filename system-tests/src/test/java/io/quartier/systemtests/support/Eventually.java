package io.quartier.systemtests.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for an asynchronous outcome (an event crossing the broker) instead of sleeping a fixed time. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(String what, Duration within, Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(within);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true within " + within.toSeconds() + " s: " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
