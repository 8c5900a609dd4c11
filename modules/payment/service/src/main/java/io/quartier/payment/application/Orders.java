package io.quartier.payment.application;

import io.quartier.ordering.api.OrderStanding;

/** The ordering service, asked whether the order a hold was taken for stands (port; {@code RestOrders}). */
public interface Orders {

    /** {@link OrderStanding#GONE} for a reference that names no order; throws when ordering cannot say. */
    OrderStanding standing(String orderReference);
}
