package io.quartier.promotion.application;

import io.quartier.ordering.api.OrderStanding;

/** Ordering, asked whether an order that holds uses of promotions stands (port; {@code RestOrders}). */
public interface Orders {

    /** {@link OrderStanding#GONE} for an order that failed, was given up or never existed; throws when ordering cannot say. */
    OrderStanding standing(long orderId);
}
