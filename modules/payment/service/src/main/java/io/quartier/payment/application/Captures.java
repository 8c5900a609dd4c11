package io.quartier.payment.application;

import io.quartier.payment.api.event.PaymentCaptured;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.infrastructure.messaging.JmsPaymentEvents;
import io.quartier.payment.infrastructure.persistence.AuthorizationRepository;
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
    JmsPaymentEvents events;

    /**
     * Captures the order's newest open hold. An order is charged once: should it have several holds
     * (a client that retried with new idempotency keys), the older ones are released.
     */
    @Transactional
    public void captureDeliveredOrder(long orderId) {
        String orderReference = String.valueOf(orderId);
        List<Authorization> open = authorizations.openForOrder(orderReference);
        if (open.isEmpty()) {
            LOG.warning(() -> "order " + orderId + " was delivered but has no open authorization to capture");
            return;
        }
        Authorization hold = open.get(0);
        gateway.capture(hold.getGatewayReference(), hold.amount());
        hold.capture(Instant.now());
        events.publish(new PaymentCaptured(hold.getId(), orderReference, hold.getAmountMinor(), hold.getCurrency()));
        for (Authorization extra : open.subList(1, open.size())) {
            gateway.voidAuthorization(extra.getGatewayReference());
            extra.voidHold();
            LOG.warning(() -> "released extra authorization " + extra.getId() + " of order " + orderId);
        }
    }
}
