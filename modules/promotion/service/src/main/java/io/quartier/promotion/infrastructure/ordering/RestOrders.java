package io.quartier.promotion.infrastructure.ordering;

import io.quartier.kernel.client.ServiceClient;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.promotion.application.Orders;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ordering, in promotion's terms: does the order a use was reserved for stand? Asked as the promotion service. */
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
    public OrderStanding standing(long orderId) {
        return OrderingApi.standing(ordering, self.bearer(), orderId);
    }
}
