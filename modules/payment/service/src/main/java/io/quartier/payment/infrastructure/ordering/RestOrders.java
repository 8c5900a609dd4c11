package io.quartier.payment.infrastructure.ordering;

import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderingApi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Ordering, in payment's terms: does the order a hold was taken for stand? Asked as the payment service. */
@ApplicationScoped
public class RestOrders {

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

    /** Throws when ordering cannot say (unreachable): nothing is decided then. */
    public OrderStanding standing(String orderReference) {
        long orderId;
        try {
            orderId = Long.parseLong(orderReference);
        } catch (NumberFormatException notAnOrderId) {
            return OrderStanding.GONE;
        }
        try {
            return OrderStanding.of(OrderStatus.valueOf(ordering.order(self.bearer(), orderId).status()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return OrderStanding.GONE;
            }
            throw e;
        }
    }
}
