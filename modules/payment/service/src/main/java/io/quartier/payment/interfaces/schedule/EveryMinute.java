package io.quartier.payment.interfaces.schedule;

import io.quartier.kernel.schedule.ClockJobs;
import io.quartier.payment.application.Authorizations;
import io.quartier.payment.application.Captures;
import io.quartier.payment.application.ExpiredChallenges;
import io.quartier.payment.application.Holds;
import io.quartier.payment.application.Refunds;
import io.quartier.payment.application.TopUps;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every minute, asks the gateway again about authorizations whose answer was not recorded (see {@link Authorizations}),
 * releases the holds whose order never came to exist (see {@link Holds}), captures the delivered orders whose capture
 * did not finish (see {@link Captures}), releases the holds whose void did not finish, asks the gateway again about
 * refunds it did not answer (see {@link Refunds}), and forgets the sandbox's long-expired challenges (see
 * {@link ExpiredChallenges}); a failure is retried.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each job has transactions of its own, none across calls
public class EveryMinute {

    private static final Logger LOG = Logger.getLogger(EveryMinute.class.getName());

    @Inject
    Authorizations authorizations;

    @Inject
    Holds holds;

    @Inject
    Captures captures;

    @Inject
    Refunds refunds;

    @Inject
    TopUps topUps;

    @Inject
    ExpiredChallenges expiredChallenges;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        ClockJobs.run(LOG, "interrupted authorizations finished", authorizations::finishInterrupted);
        ClockJobs.run(LOG, "abandoned holds released", holds::releaseAbandoned);
        ClockJobs.run(LOG, "overdue captures done", captures::captureOverdue);
        ClockJobs.run(LOG, "overdue voids done", holds::releaseOverdue);
        ClockJobs.run(LOG, "pending refunds settled", refunds::settlePending);
        ClockJobs.run(LOG, "pending top-ups settled", topUps::settlePending);
        ClockJobs.run(LOG, "expired 3-D Secure challenges forgotten", expiredChallenges::forget);
    }
}
