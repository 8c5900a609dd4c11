package io.quartier.payment.application;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.event.PaymentFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Announces a refused payment (PaymentFailed) in a transaction of its own: the authorization that was refused rolls
 * back, and the news of the refusal must not go with it.
 */
@ApplicationScoped
public class PaymentFailures {

    @Inject
    PaymentEvents events;

    /** Announces the refusal and returns it, for the caller to throw. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProblemException refused(AuthorizationRequest request, String reason, ProblemException refusal) {
        events.publish(new PaymentFailed(request.orderReference(), request.customerId(), request.amountMinor(),
                request.currency(), reason, refusal.code()));
        return refusal;
    }
}
