package io.quartier.ordering.api;

import java.time.Instant;
import java.util.List;

/**
 * What the kitchen prints for an order: its number, when it was placed and is to be ready (shown in the store's time
 * zone), and what to make.
 * {@code print} counts the prints of this order's ticket, so a reprint (2 and over) is marked as one.
 */
public record KitchenTicket(long orderId, int print, String storeName, Instant placedAt,
                            Instant readyBy, List<OrderView.Line> lines, Instant printedAt, String storeTimeZone) {

    public boolean reprint() {
        return print > 1;
    }
}
