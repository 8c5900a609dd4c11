package io.quartier.payment.infrastructure.ordering;

import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.OrderGroupsApi;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.payment.application.Orders;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Ordering, in payment's terms: does the order a hold was taken for stand, and what did it charge? Asked as the
 * payment service.
 */
@ApplicationScoped
public class RestOrders implements Orders {

    @Inject
    @ConfigProperty(name = "ordering/mp-rest/url", defaultValue = "http://localhost:8080/ordering/api")
    String url;

    @Inject
    ServiceIdentity self;

    private OrderingApi ordering;

    private OrderGroupsApi groups;

    @PostConstruct
    void connect() {
        ordering = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .build(OrderingApi.class);
        groups = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .build(OrderGroupsApi.class);
    }

    @Override
    public OrderStanding standing(String orderReference) {
        OptionalLong group = OrderReferences.groupOfPayment(orderReference);
        if (group.isPresent()) {
            return groupStanding(group.getAsLong());
        }
        long orderId;
        try {
            orderId = Long.parseLong(orderReference);
        } catch (NumberFormatException notAnOrderId) {
            return OrderStanding.GONE;
        }
        return OrderingApi.standing(ordering, self.bearer(), orderId);
    }

    /** A multi-store order's hold belongs to it once placed, until its settlement says what to take. */
    private OrderStanding groupStanding(long groupId) {
        try {
            return switch (groups.group(self.bearer(), groupId).status()) {
                case "PENDING" -> OrderStanding.PENDING;
                case "PLACED" -> OrderStanding.STANDS;
                default -> OrderStanding.GONE;
            };
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return OrderStanding.GONE;
            }
            throw e;
        }
    }

    @Override
    public Orders.ChargedOrder charged(long orderId) {
        return Orders.ChargedOrder.of(ordering.order(self.bearer(), orderId));
    }
}
