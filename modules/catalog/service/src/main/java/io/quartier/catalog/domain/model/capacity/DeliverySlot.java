package io.quartier.catalog.domain.model.capacity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A kitchen window a customer may choose to be served in, as the store's clock shows it ({@code localStart} with the
 * {@code offset} in force: on the day clocks fall back, 02:15 comes twice, told apart by its offset). {@code cookFrom}
 * is when the kitchen must start on an order to deliver it in the window; {@code free} the places left (null: no
 * limit).
 */
public record DeliverySlot(KitchenWindow window, LocalTime localStart, ZoneOffset offset, Instant cookFrom,
                           Integer free) {
}
