package io.quartier.payment.application;

import io.quartier.payment.api.event.PaymentVoided;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.infrastructure.messaging.JmsPaymentEvents;
import io.quartier.payment.infrastructure.persistence.AuthorizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds whose order never came to exist are released. Ordering asks for the hold before its own transaction
 * commits; if that transaction then fails (or the process dies), the gateway has said yes to an order nobody
 * will ever deliver. OrderPlaced confirms a hold; a hold still unconfirmed after
 * {@code payment.authorization.release-unconfirmed-after} is voided at the gateway, once.
 */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class.getName());

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    PaymentGateway gateway;

    @Inject
    JmsPaymentEvents events;

    @Inject
    @ConfigProperty(name = "payment.authorization.release-unconfirmed-after", defaultValue = "PT15M")
    Duration releaseAfter;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void confirmOrder(long orderId) {
        List<Authorization> open = authorizations.openForOrder(String.valueOf(orderId));
        if (open.isEmpty()) {
            LOG.warning(() -> "order " + orderId + " was placed but payment holds nothing for it");
        }
        open.forEach(hold -> hold.confirm(clock.instant()));
    }

    /** Voids the holds abandoned by now; returns how many. */
    @Transactional
    public int releaseAbandoned() {
        List<Authorization> abandoned = authorizations.unconfirmedBefore(clock.instant().minus(releaseAfter), 100);
        for (Authorization hold : abandoned) {
            gateway.voidAuthorization(hold.getGatewayReference());
            hold.voidHold();
            events.publish(new PaymentVoided(hold.getId(), hold.getOrderReference(), hold.getAmountMinor(),
                    hold.getCurrency()));
            LOG.info(() -> "released hold " + hold.getId() + ": order " + hold.getOrderReference() + " never came to exist");
        }
        return abandoned.size();
    }
}
