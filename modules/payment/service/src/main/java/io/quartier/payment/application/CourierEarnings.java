package io.quartier.payment.application;

import io.quartier.delivery.api.event.Delivered;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.payment.domain.model.ledger.Ledger;
import io.quartier.payment.domain.service.PostingSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * What couriers earn enters the books when delivery says a job is delivered: the job's earnings (as delivery computed
 * and showed them to the courier, tip aside; in the order's currency) are owed to the courier, paid from the
 * platform's delivery revenue (see {@link PostingSets#earning}). Once per job: the consumer takes each event once by
 * its id, and the ledger keeps one entry per job ({@code earning:<job>}), so a redelivered event, a second instance
 * or a restart posts nothing twice (a race of two is refused at commit and redelivered, then skipped). A delivery
 * published before earnings were sent (no amount) or of a job that earned nothing posts nothing.
 */
@ApplicationScoped
public class CourierEarnings {

    private static final Logger LOG = Logger.getLogger(CourierEarnings.class.getName());

    @Inject
    Ledger ledger;

    Clock clock = Clock.systemUTC();

    /** Posts the delivered job's earnings in the caller's transaction (the consumer's, with its inbox). */
    @Transactional
    public void delivered(Delivered delivered) {
        if (!delivered.paysEarnings()) {
            LOG.fine(() -> "job " + delivered.jobId() + " delivered without earnings to post");
            return;
        }
        if (ledger.contains(PostingSets.earningKey(delivered.jobId()))) {
            return;
        }
        ledger.post(PostingSets.earning(delivered.jobId(), OrderReferences.payment(delivered.orderId()),
                delivered.courierId(), delivered.earningsMinor(), delivered.currency(), clock.instant()));
    }
}
