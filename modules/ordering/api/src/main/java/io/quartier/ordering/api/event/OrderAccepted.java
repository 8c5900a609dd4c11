package io.quartier.ordering.api.event;

import io.quartier.kernel.event.DomainEvent;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * The merchant accepted the order, to be ready at {@code readyBy}; it now needs a courier. The delivery place's
 * {@code deliveryLatitude} and {@code deliveryLongitude} are null for an order placed without them; {@code tipMinor}
 * (in {@code currency}) is the customer's tip for the courier, null in events from before tips were sent;
 * {@code groupId} is the multi-store order the order is one store's part of (all its parts go to one door), null for
 * an order of one store and in events from before it was sent; {@code scheduledFor} is the start of the 15-minute slot
 * the customer chose to be served in, null for as soon as possible (and in events from before it was sent).
 */
public record OrderAccepted(long orderId, long customerId, long merchantId, long storeId, String storeName, String storeAddress, String deliveryAddress,
                            Instant readyBy, Double deliveryLatitude, Double deliveryLongitude, Long tipMinor,
                            String currency, Long groupId, Instant scheduledFor) implements DomainEvent {

    /** Marked for JSON-B, which needs telling which constructor reads a record with several. */
    @JsonbCreator
    public OrderAccepted(@JsonbProperty("orderId") long orderId, @JsonbProperty("customerId") long customerId,
                         @JsonbProperty("merchantId") long merchantId, @JsonbProperty("storeId") long storeId,
                         @JsonbProperty("storeName") String storeName,
                         @JsonbProperty("storeAddress") String storeAddress,
                         @JsonbProperty("deliveryAddress") String deliveryAddress,
                         @JsonbProperty("readyBy") Instant readyBy,
                         @JsonbProperty("deliveryLatitude") Double deliveryLatitude,
                         @JsonbProperty("deliveryLongitude") Double deliveryLongitude,
                         @JsonbProperty("tipMinor") Long tipMinor, @JsonbProperty("currency") String currency,
                         @JsonbProperty("groupId") Long groupId, @JsonbProperty("scheduledFor") Instant scheduledFor) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.storeName = storeName;
        this.storeAddress = storeAddress;
        this.deliveryAddress = deliveryAddress;
        this.readyBy = readyBy;
        this.deliveryLatitude = deliveryLatitude;
        this.deliveryLongitude = deliveryLongitude;
        this.tipMinor = tipMinor;
        this.currency = currency;
        this.groupId = groupId;
        this.scheduledFor = scheduledFor;
    }

    /** An order for as soon as possible. */
    public OrderAccepted(long orderId, long customerId, long merchantId, long storeId, String storeName,
                         String storeAddress, String deliveryAddress, Instant readyBy, Double deliveryLatitude,
                         Double deliveryLongitude, Long tipMinor, String currency, Long groupId) {
        this(orderId, customerId, merchantId, storeId, storeName, storeAddress, deliveryAddress, readyBy,
                deliveryLatitude, deliveryLongitude, tipMinor, currency, groupId, null);
    }
}
