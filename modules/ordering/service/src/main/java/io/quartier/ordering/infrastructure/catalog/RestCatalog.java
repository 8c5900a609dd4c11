package io.quartier.ordering.infrastructure.catalog;

import io.quartier.catalog.api.CapacityApi;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.ReservationView;
import io.quartier.catalog.api.StockApi;
import io.quartier.catalog.api.StockReservation;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.application.Catalog;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.ordering.api.PlaceOrder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.net.URI;
import io.quartier.catalog.api.DeliverySlotView;
import io.quartier.catalog.api.SlotsApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The catalog over REST, in ordering's terms: the store an order is for, whether its kitchen has room, the current prices
 * of its products, what its delivery costs, and the stock an order holds (reserved under {@link OrderReferences#stockReservation}). Stock is
 * held and released as the ordering service itself, never with the customer's token.
 */
@ApplicationScoped
public class RestCatalog implements Catalog {

    @Inject
    @ConfigProperty(name = "catalog/mp-rest/url", defaultValue = "http://localhost:8080/catalog/api")
    String url;

    @Inject
    ServiceIdentity self;

    private CatalogApi catalog;
    private StockApi stock;
    private CapacityApi capacity;
    private SlotsApi slots;

    @PostConstruct
    void connect() {
        catalog = client(CatalogApi.class);
        stock = client(StockApi.class);
        capacity = client(CapacityApi.class);
        slots = client(SlotsApi.class);
    }

    @Override
    public StoreView store(long storeId) {
        try {
            return catalog.store(storeId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalid("problem.order.unknownStore", "store " + storeId + " does not exist");
            }
            throw e;
        }
    }

    @Override
    public List<ProductView> products(List<Long> ids, String language) {
        return catalog.productsByIds(ids, language);
    }

    @Override
    public DeliveryQuote deliveryQuote(long storeId, Double latitude, Double longitude) {
        return catalog.deliveryQuote(storeId, latitude == null ? null : latitude.toString(),
                longitude == null ? null : longitude.toString());
    }

    /** Whether the store's kitchen takes another order in the current 15-minute window (always, without a limit). */
    @Override
    public boolean kitchenHasRoom(long storeId) {
        Integer free = capacity.windows(storeId, null, 1).get(0).free();
        return free == null || free > 0;
    }

    @Override
    public Optional<DeliverySlotView> slot(StoreView store, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, ZoneId.of(store.timeZone()));
        try {
            return slots.slots(store.id(), day.toString(), null, null).stream()
                    .filter(slot -> slot.start().equals(start))
                    .findFirst();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409) {
                return Optional.empty(); // a day the store takes no orders for (past, or over a week ahead)
            }
            throw e;
        }
    }

    /** Holds the order's units and kitchen place; 409 naming the products that ran short, or the full kitchen. */
    @Override
    public void reserve(long customerId, long orderId, List<PlaceOrder.Line> lines, Instant servedIn) {
        try {
            ReservationView held = stock.reserve(self.bearer(), new StockReservation(reference(orderId), customerId,
                    lines.stream().map(l -> new StockReservation.Line(l.productId(), l.quantity())).toList(), servedIn));
            if ("RELEASED".equals(held.status())) {
                throw ProblemException.conflict("problem.order.abandoned",
                        "order " + orderId + " was given up and its stock given back");
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                JsonObject problem = problem(e);
                if ("problem.order.kitchenFull".equals(problem.getString("code", ""))) {
                    throw ProblemException.conflict("problem.order.kitchenFull",
                            "the store's kitchen takes no more orders in this 15-minute window");
                }
                JsonObject errors = problem.getJsonObject("errors");
                throw ProblemException.conflict("problem.order.outOfStock", "not enough stock for this order")
                        .withError("productIds", errors == null ? JsonValue.EMPTY_JSON_ARRAY
                                : errors.getOrDefault("productIds", JsonValue.EMPTY_JSON_ARRAY));
            }
            throw e;
        }
    }

    /**
     * Gives back the units of an order whose checkout failed; nothing happens when none were held. Throws when the
     * catalog cannot be reached, so that the checkout recovery tries again.
     */
    @Override
    public void release(long orderId) {
        try {
            stock.release(self.bearer(), reference(orderId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
        }
    }

    static String reference(long orderId) {
        return OrderReferences.stockReservation(orderId);
    }

    /** The problem details of a refusal; an empty object when the answer is not one. */
    private static JsonObject problem(WebApplicationException e) {
        try (JsonReader reader = Json.createReader(new StringReader(e.getResponse().readEntity(String.class)))) {
            return reader.readObject();
        } catch (RuntimeException unreadable) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private <T> T client(Class<T> api) {
        return RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(4, TimeUnit.SECONDS)
                .build(api);
    }
}
