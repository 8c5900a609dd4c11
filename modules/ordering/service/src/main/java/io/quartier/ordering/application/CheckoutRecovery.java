package io.quartier.ordering.application;

import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.domain.model.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finishes what interrupted checkouts left: a checkout still PENDING after {@code ordering.checkout.give-up-after}
 * (its request died with a process, or a service never answered, and nobody retried with its key) is given up:
 * the order fails, then its stock and any payment hold are given back. A failed checkout whose holdings could not
 * be given back at the time is tried again. A part of a multi-store order fails with its whole group. Each order
 * is handled on its own; one failing waits for the next run.
 */
@ApplicationScoped
public class CheckoutRecovery {

    private static final Logger LOG = Logger.getLogger(CheckoutRecovery.class.getName());

    @Inject
    CheckoutSteps steps;

    @Inject
    GroupCheckoutSteps groupSteps;

    @Inject
    Checkout checkout;

    @Inject
    @ConfigProperty(name = "ordering.checkout.give-up-after", defaultValue = "PT2M")
    Duration giveUpAfter;

    Clock clock = Clock.systemUTC();

    /** Returns how many checkouts were settled. */
    public int recover() {
        int settled = 0;
        for (long orderId : steps.toRecover(clock.instant().minus(giveUpAfter), 50)) {
            try {
                Order order = steps.get(orderId);
                if (order.getStatus() == OrderStatus.PENDING && order.getGroupId() != null) {
                    groupSteps.fail(order.getGroupId(), 409, "problem.order.abandoned"); // the whole group, at once
                    order = steps.get(orderId);
                } else if (order.getStatus() == OrderStatus.PENDING) {
                    order = steps.fail(orderId, 409, "problem.order.abandoned");
                }
                checkout.giveBack(order);
                settled++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "checkout of order " + orderId + " not settled now; tried again later", e);
            }
        }
        return settled;
    }
}
