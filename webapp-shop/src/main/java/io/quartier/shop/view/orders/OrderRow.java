package io.quartier.shop.view.orders;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A customer's order for a page: a JavaBean (EL does not read records), formatted for the reader. */
public class OrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String status;
    private final String rejectionReason;
    private final String deliveryFailureReason;
    private final String storeName;
    private final String placedAt;
    private final String readyBy;
    private final String scheduledFor;
    private final boolean deliveredByCourier;
    private final String total;
    /** The store's time zone, which every time of the order is shown in. */
    private final ZoneId zone;
    private final String deliveryAddress;
    private final List<LineRow> lines;
    private final Long groupId;

    private OrderRow(OrderView order, Locale reader) {
        this.id = order.id();
        this.status = order.status();
        this.rejectionReason = order.rejectionReason();
        this.deliveryFailureReason = order.deliveryFailureReason();
        this.storeName = order.storeName();
        this.zone = Formats.zone(order.storeTimeZone());
        this.placedAt = Formats.dateTime(order.placedAt(), zone, reader);
        this.readyBy = Formats.dateTime(order.readyBy(), zone, reader);
        this.scheduledFor = Formats.dateTime(order.scheduledFor(), zone, reader);
        this.deliveredByCourier = order.courierId() != null;
        this.total = Money.of(order.totalMinor(), order.currency()).format(reader);
        this.deliveryAddress = order.deliveryAddress();
        this.groupId = order.groupId();
        this.lines = order.lines() == null ? List.of() : order.lines().stream()
                .map(line -> new LineRow(line.name(), line.quantity(),
                        Money.of(line.unitPriceMinor(), order.currency()).format(reader),
                        Money.of(line.unitPriceMinor(), order.currency()).times(line.quantity()).format(reader)))
                .toList();
    }

    public static OrderRow of(OrderView order, Locale reader) {
        return new OrderRow(order, reader);
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

    /**
     * Why its courier could not deliver it, a delivery DeliveryFailureReason name, else null; pages translate it with
     * {@code enum.DeliveryFailureReason.<reason>}.
     */
    public String getDeliveryFailureReason() {
        return deliveryFailureReason;
    }

    /** Waiting for its merchant's answer: the customer may still cancel it. */
    public boolean isAwaitingAnswer() {
        return "PLACED".equals(status) || "SCHEDULED".equals(status);
    }

    public String getStoreName() {
        return storeName;
    }

    public ZoneId getZone() {
        return zone;
    }

    public String getPlacedAt() {
        return placedAt;
    }

    /** A courier took it (so the customer rates the courier too). */
    public boolean isDeliveredByCourier() {
        return deliveredByCourier;
    }

    /** Delivered: the customer may rate it. */
    public boolean isDelivered() {
        return "DELIVERED".equals(status);
    }

    /** The slot the order is to be delivered in, formatted; empty for as soon as possible. */
    public String getScheduledFor() {
        return scheduledFor;
    }

    /** When the store said it would have the order ready, formatted; empty until it accepts. */
    public String getReadyBy() {
        return readyBy;
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

    /** The order from several shops this is one shop's part of; null for an order of one shop. */
    public Long getGroupId() {
        return groupId;
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
