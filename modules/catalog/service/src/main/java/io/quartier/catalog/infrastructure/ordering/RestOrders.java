package io.quartier.catalog.infrastructure.ordering;

import io.quartier.catalog.application.Orders;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderingApi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Ordering, in the catalog's terms: does the order a reservation was made for stand? Asked as the catalog service. */
@ApplicationScoped
public class RestOrders implements Orders {

    @Inject
    @ConfigProperty(name = "ordering/mp-rest/url", defaultValue = "http://localhost:8080/ordering/api")
    String url;

    @Inject
    ServiceIdentity self;

    private OrderingApi ordering;

    @PostConstruct
    void connect() {
        ordering = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .build(OrderingApi.class);
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
