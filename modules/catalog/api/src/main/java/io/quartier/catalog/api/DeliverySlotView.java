package io.quartier.catalog.api;

import java.time.Instant;

/**
 * A 15-minute window a customer may choose to be served in: {@code start} to {@code end}, shown on the store's clock
 * as {@code localTime} ("12:15") at {@code offset} ("+01:00": on the day clocks fall back, one local time comes twice,
 * told apart by it). {@code cookFrom}: when the kitchen must start; {@code free}: places left, null for no limit.
 */
public record DeliverySlotView(Instant start, Instant end, String localTime, String offset, Instant cookFrom,
                               Integer free) {
}
