package io.quartier.backoffice.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Pushes to open merchant order pages. The channel's user is the merchant id, a {@link Long}, as the page
 * renders it ({@code user="#{userSession.merchantId}"}), so every staff member of the merchant hears it.
 */
@ApplicationScoped
public class MerchantPush {

    /** A new order: the page refreshes and says so. */
    public static final String PLACED = "placed";
    /** An order moved on: the page refreshes. */
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = "merchantOrders")
    PushContext merchantOrders;

    void orderChanged(@Observes MerchantOrderChanged change) {
        merchantOrders.send(change.placed() ? PLACED : CHANGED, Long.valueOf(change.merchantId()));
    }
}
