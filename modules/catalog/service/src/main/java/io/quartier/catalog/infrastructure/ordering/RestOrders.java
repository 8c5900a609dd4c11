package io.quartier.catalog.infrastructure.ordering;

import io.quartier.catalog.application.Orders;
import io.quartier.kernel.client.ServiceClient;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderingApi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ordering, in the catalog's terms: does the order a reservation was made for stand? Asked as the catalog service. */
@ApplicationScoped
public class RestOrders implements Orders {

    @Inject
    ServiceIdentity self;

    private OrderingApi ordering;

    @PostConstruct
    void connect() {
        ordering = ServiceClient.of(OrderingApi.class);
    }

    @Override
    public OrderStanding standing(String reservation) {
        java.util.OptionalLong order = OrderReferences.orderOfStockReservation(reservation);
        if (order.isEmpty()) {
            return OrderStanding.GONE;
        }
        long orderId = order.getAsLong();
        return OrderingApi.standing(ordering, self.bearer(), orderId);
    }
}
