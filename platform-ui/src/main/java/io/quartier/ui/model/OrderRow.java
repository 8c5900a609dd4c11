package io.quartier.ui.model;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An order for a page: a JavaBean (EL does not read records) with amounts and times formatted for a reader. */
public class OrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String status;
    private final String storeName;
    private final String placedAt;
    private final String total;
    private final String deliveryAddress;
    private final List<LineRow> lines;
    private final String rejectionReason;
    private final String acceptBy;

    private OrderRow(long id, String status, String storeName, String placedAt, String total, String deliveryAddress,
                     List<LineRow> lines, String rejectionReason, String acceptBy) {
        this.rejectionReason = rejectionReason;
        this.acceptBy = acceptBy;
        this.id = id;
        this.status = status;
        this.storeName = storeName;
        this.placedAt = placedAt;
        this.total = total;
        this.deliveryAddress = deliveryAddress;
        this.lines = lines;
    }

    /** Times are shown in UTC until orders carry their store's time zone. */
    public static OrderRow of(OrderView order, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        List<LineRow> lines = order.lines() == null ? List.of() : order.lines().stream()
                .map(line -> new LineRow(line.name(), line.quantity(),
                        Money.of(line.unitPriceMinor(), order.currency()).format(locale),
                        Money.of(line.unitPriceMinor(), order.currency()).times(line.quantity()).format(locale)))
                .toList();
        return new OrderRow(order.id(), order.status(), order.storeName(),
                order.placedAt() == null ? "" : time.format(order.placedAt()),
                Money.of(order.totalMinor(), order.currency()).format(locale), order.deliveryAddress(), lines,
                order.rejectionReason(), order.acceptBy() == null ? "" : time.format(order.acceptBy()));
    }

    public long getId() {
        return id;
    }

    /** An OrderStatus name; pages translate it with {@code enum.OrderStatus.<status>}. */
    public String getStatus() {
        return status;
    }

    /** A RejectionReason name once rejected, else null; pages translate it with {@code enum.RejectionReason.<reason>}. */
    public String getRejectionReason() {
        return rejectionReason;
    }

    /** Until when the merchant may accept it (while PLACED), formatted; empty otherwise. */
    public String getAcceptBy() {
        return acceptBy;
    }

    /** Waiting for its merchant's answer: the merchant may accept or reject it, the customer may still cancel it. */
    public boolean isAwaitingAnswer() {
        return "PLACED".equals(status);
    }

    public String getStoreName() {
        return storeName;
    }

    public String getPlacedAt() {
        return placedAt;
    }

    public String getTotal() {
        return total;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    /** "2 × Croissant, 1 × Baguette": products are named in the catalog's words, not the bundle's. */
    public String getLinesSummary() {
        return lines.stream().map(line -> line.getQuantity() + " × " + line.getName()).collect(Collectors.joining(", "));
    }

    /** One product of an order. */
    public static class LineRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final int quantity;
        private final String unitPrice;
        private final String amount;

        LineRow(String name, int quantity, String unitPrice, String amount) {
            this.name = name;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.amount = amount;
        }

        public String getName() {
            return name;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getUnitPrice() {
            return unitPrice;
        }

        public String getAmount() {
            return amount;
        }
    }
}
