package io.quartier.payment.application;

import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.payment.api.event.PaymentCaptured;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Takes the held amount once an order is delivered; the capture and PaymentCaptured commit together. */
@ApplicationScoped
public class Captures {

    private static final Logger LOG = Logger.getLogger(Captures.class.getName());

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentEvents events;

    /**
     * Captures the hold that the order recorded, for the order's amount and currency, and never another: a hold of
     * another order, or for another amount, is refused (the event is retried, then dead-lettered, for someone to
     * look at). A redelivered event finds the hold captured and does nothing. Any other hold still open for the
     * order is released, so an order is charged once.
     */
    @Transactional
    public void captureDeliveredOrder(OrderDelivered delivered) {
        String orderReference = OrderReferences.payment(delivered.orderId());
        Authorization hold = authorizations.byIdForUpdate(delivered.paymentAuthorizationId())
                .filter(a -> a.getOrderReference().equals(orderReference))
                .orElseThrow(() -> new IllegalStateException("order " + delivered.orderId() + " was delivered but payment"
                        + " has no authorization " + delivered.paymentAuthorizationId() + " for it"));
        if (hold.getAmountMinor() != delivered.totalMinor() || !hold.getCurrency().equals(delivered.currency())) {
            throw new IllegalStateException("authorization " + hold.getId() + " holds " + hold.amount() + ", order "
                    + delivered.orderId() + " costs " + delivered.totalMinor() + " " + delivered.currency());
        }
        if (hold.getStatus() == AuthorizationStatus.CAPTURED) {
            return;
        }
        gateway.capture(hold.getGatewayReference(), hold.amount());
        hold.capture(Instant.now());
        events.publish(new PaymentCaptured(hold.getId(), orderReference, hold.getAmountMinor(), hold.getCurrency()));
        List<Authorization> others = authorizations.openForOrder(orderReference);
        for (Authorization extra : others) {
            gateway.voidAuthorization(extra.getGatewayReference());
            extra.voidHold();
            LOG.warning(() -> "released extra authorization " + extra.getId() + " of order " + delivered.orderId());
        }
    }
}
