package io.quartier.backoffice.view.merchant;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;

/** An order in the merchant's queue: a JavaBean (EL does not read records), formatted for the reader. */
public class OrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String status;
    private final String rejectionReason;
    private final String placedAt;
    private final String acceptBy;
    private final String total;
    private final String linesSummary;

    private OrderRow(OrderView order, Locale reader) {
        this.id = order.id();
        this.status = order.status();
        this.rejectionReason = order.rejectionReason();
        // Times are shown in UTC until orders carry their store's time zone.
        this.placedAt = Formats.dateTime(order.placedAt(), ZoneOffset.UTC, reader);
        this.acceptBy = Formats.dateTime(order.acceptBy(), ZoneOffset.UTC, reader);
        this.total = Money.of(order.totalMinor(), order.currency()).format(reader);
        this.linesSummary = order.lines() == null ? "" : order.lines().stream()
                .map(line -> line.quantity() + " × " + line.name()).collect(Collectors.joining(", "));
    }

    public static OrderRow of(OrderView order, Locale reader) {
        return new OrderRow(order, reader);
    }

    public long getId() {
        return id;
    }

    public String getPlacedAt() {
        return placedAt;
    }

    /** "2 × Croissant, 1 × Baguette": products are named in the catalog's words, not the bundle's. */
    public String getLinesSummary() {
        return linesSummary;
    }

    public String getTotal() {
        return total;
    }

    /** An OrderStatus name; the page translates it with {@code enum.OrderStatus.<status>}. */
    public String getStatus() {
        return status;
    }

    /** Waiting for the merchant's answer: the merchant may accept or reject it. */
    public boolean isAwaitingAnswer() {
        return "PLACED".equals(status);
    }

    /** Until when the merchant may accept it (while PLACED), formatted; empty otherwise. */
    public String getAcceptBy() {
        return acceptBy;
    }

    /** A RejectionReason name once rejected, else null; translated with {@code enum.RejectionReason.<reason>}. */
    public String getRejectionReason() {
        return rejectionReason;
    }
}
