package io.quartier.shop.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Pushes to open pages. {@code orderUpdates} is per customer: its user is the account id, a {@link Long},
 * as the order page renders it ({@code user="#{userSession.accountId}"}). {@code jobAlerts} has no user:
 * every open courier page hears it.
 */
@ApplicationScoped
public class ShopPush {

    /** The message an order page's {@code <f:ajax event="updated">} answers to. */
    public static final String ORDER_UPDATED = "updated";
    /** The message the courier page's {@code <f:ajax event="jobs">} answers to. */
    public static final String JOBS_CHANGED = "jobs";

    @Inject
    @Push(channel = "orderUpdates")
    PushContext orderUpdates;

    @Inject
    @Push(channel = "jobAlerts")
    PushContext jobAlerts;

    void orderChanged(@Observes OrderChanged change) {
        orderUpdates.send(ORDER_UPDATED, Long.valueOf(change.customerId()));
    }

    void jobsChanged(@Observes JobsChanged change) {
        jobAlerts.send(JOBS_CHANGED);
    }
}
