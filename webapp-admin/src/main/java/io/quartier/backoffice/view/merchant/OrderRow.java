package io.quartier.backoffice.view.merchant;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An order in the merchant's queue: a JavaBean (EL does not read records), formatted for the reader. */
public class OrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the queue proposes when a merchant accepts; the merchant picks another from {@link #PREPARATION_CHOICES}. */
    static final int DEFAULT_PREPARATION_MINUTES = 15;
    public static final List<Integer> PREPARATION_CHOICES = List.of(5, 10, 15, 20, 25, 30, 45, 60, 90, 120);

    private final long id;
    private final String status;
    private final String rejectionReason;
    private final String placedAt;
    private final String acceptBy;
    private final String total;
    private final String items;
    private final String deliveryFee;
    private final String tip;
    private final String discount;
    private final boolean discounted;
    private final String linesSummary;
    private final String readyBy;
    private final String scheduledFor;
    private final String acceptByInstant;
    /** The day the order is for on the store's clock: its slot's day, else the day it was placed. */
    private final LocalDate day;
    private final ZoneId zone;
    private int preparationMinutes = DEFAULT_PREPARATION_MINUTES;

    private OrderRow(OrderView order, Locale reader) {
        this.id = order.id();
        this.status = order.status();
        this.rejectionReason = order.rejectionReason();
        ZoneId zone = Formats.zone(order.storeTimeZone());
        this.placedAt = Formats.dateTime(order.placedAt(), zone, reader);
        this.acceptBy = Formats.dateTime(order.acceptBy(), zone, reader);
        this.acceptByInstant = order.acceptBy() == null ? "" : order.acceptBy().toString();
        this.readyBy = Formats.dateTime(order.readyBy(), zone, reader);
        this.scheduledFor = Formats.dateTime(order.scheduledFor(), zone, reader);
        Instant when = order.scheduledFor() != null ? order.scheduledFor() : order.placedAt();
        this.day = when == null ? null : when.atZone(zone).toLocalDate();
        this.zone = zone;
        this.total = Money.of(order.totalMinor(), order.currency()).format(reader);
        this.items = Money.of(order.subtotalMinor(), order.currency()).format(reader);
        this.deliveryFee = Money.of(order.deliveryFeeMinor(), order.currency()).format(reader);
        this.tip = Money.of(order.tipMinor(), order.currency()).format(reader);
        this.discount = Money.of(order.discountMinor(), order.currency()).format(reader);
        this.discounted = order.discountMinor() > 0;
        this.linesSummary = order.lines() == null ? "" : order.lines().stream()
                .map(line -> line.quantity() + " × " + line.name()).collect(Collectors.joining(", "));
    }

    public static OrderRow of(OrderView order, Locale reader) {
        return new OrderRow(order, reader);
    }

    /** Whether the order is for today on the store's clock (served today, or placed today for as soon as possible). */
    public boolean isToday() {
        return isOn(LocalDate.now(zone));
    }

    boolean isOn(LocalDate date) {
        return date.equals(day);
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

    /** What the customer pays: the items, the delivery fee and the courier's tip, less any discount. */
    public String getTotal() {
        return total;
    }

    /** The items (VAT included): the store's part of the total. */
    public String getItems() {
        return items;
    }

    /** The delivery fee the customer pays: not the store's. */
    public String getDeliveryFee() {
        return deliveryFee;
    }

    /** The courier's tip: not the store's. */
    public String getTip() {
        return tip;
    }

    /** The discounts the order got (see the promotions page for who funds each), when it got any. */
    public String getDiscount() {
        return discount;
    }

    public boolean isDiscounted() {
        return discounted;
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

    /** The acceptance deadline as an ISO instant, for the page's live countdown; empty when there is none. */
    public String getAcceptByInstant() {
        return acceptByInstant;
    }

    /** The slot a scheduled order is to be served in, formatted; empty for as soon as possible. */
    public String getScheduledFor() {
        return scheduledFor;
    }

    /** When the kitchen said the order would be ready, formatted; empty before it is accepted. */
    public String getReadyBy() {
        return readyBy;
    }

    /** The preparation time the merchant picks in the queue before accepting. */
    public int getPreparationMinutes() {
        return preparationMinutes;
    }

    public void setPreparationMinutes(int preparationMinutes) {
        this.preparationMinutes = preparationMinutes;
    }

    /** Accepted and not started: the kitchen may say it starts. */
    public boolean isAccepted() {
        return "ACCEPTED".equals(status);
    }

    /** Accepted or being prepared: the kitchen may say it is ready. */
    public boolean isInKitchen() {
        return "ACCEPTED".equals(status) || "IN_PREPARATION".equals(status);
    }

    /** The kitchen works on it or has it ready: it has a kitchen ticket. */
    public boolean isTicketed() {
        return isInKitchen() || "READY".equals(status);
    }

    /** For a later slot, not released to the kitchen yet. */
    public boolean isScheduled() {
        return "SCHEDULED".equals(status);
    }

    /** Its life in this store is over: delivered, rejected, cancelled (or on its way: picked up). */
    public boolean isDone() {
        return !isAwaitingAnswer() && !isTicketed() && !isScheduled();
    }

    /** A RejectionReason name once rejected, else null; translated with {@code enum.RejectionReason.<reason>}. */
    public String getRejectionReason() {
        return rejectionReason;
    }
}
