package io.quartier.catalog.application;

import io.quartier.ordering.api.OrderStanding;

/** The ordering service, asked whether the order a reservation was made for stands (port; {@code RestOrders}). */
public interface Orders {

    /** {@link OrderStanding#GONE} for a reservation that names no order; throws when ordering cannot say. */
    OrderStanding standing(String reservation);
}
