package io.quartier.kernel.schedule;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the jobs of a timer one by one: each says how much it did, and one failing is logged without holding up the
 * others; the next tick tries it again. The timer bean stays in the service ({@code interfaces/schedule}), with
 * {@code NOT_SUPPORTED} so that each job has transactions of its own.
 */
public final class ClockJobs {

    private ClockJobs() {
    }

    /** Runs the job; logs on {@code log} how many things it did ({@code what}), or its failure. */
    public static void run(Logger log, String what, IntSupplier job) {
        try {
            int done = job.getAsInt();
            if (done > 0) {
                log.info(() -> done + " " + what);
            }
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "clock job failed (" + what + "); tried again at the next tick", e);
        }
    }
}
