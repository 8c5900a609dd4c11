package io.quartier.backoffice.view.merchant;

import io.quartier.delivery.api.CourierTracking;
import io.quartier.delivery.api.TrackingApi;
import io.quartier.ui.Service;
import io.quartier.ordering.api.Acceptance;
import io.quartier.ordering.api.OrderingApi;
import org.primefaces.PrimeFaces;
import io.quartier.ordering.api.Rejection;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import io.quartier.ui.live.LiveView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashMap;
import java.time.Instant;
import java.time.Duration;

/**
 * The merchant's order queue, refreshed live (topic {@code merchant:<id>}): ordering's events re-read the queue,
 * delivery's courier events of the merchant's orders re-read where their couriers are.
 */
@Named
@ViewScoped
public class MerchantOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    @Service
    TrackingApi tracking;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    LiveView live;

    private List<OrderRow> orders = List.of();
    private OrderRow rejecting;
    private RejectionReason rejectionReason;
    private Filter filter = Filter.ALL;
    private Map<Long, CourierOnTheWay> couriers = Map.of();

    /**
     * An order's courier on its way: its name, the job's status, the minutes to the door (null when unknown), and
     * where it was last seen, as a web map's link.
     */
    public record CourierOnTheWay(long orderId, String name, String status, Long minutes, String mapLink)
            implements Serializable {
    }

    public void load() {
        ServiceCall.run(() -> orders = ordering.orders(userSession.bearer()).stream()
                .map(order -> OrderRow.of(order, localeSelection.getLocale()))
                .toList());
        couriers = couriersOnTheWay();
    }

    /** The couriers of the merchant's orders on their way, by order. */
    public List<CourierOnTheWay> getCouriersOnTheWay() {
        return couriers.values().stream().sorted(Comparator.comparingLong(CourierOnTheWay::orderId)).toList();
    }

    /** The order's courier while on its way (from delivery; nothing when delivery does not answer). */
    public CourierOnTheWay courierOf(long orderId) {
        return couriers.get(orderId);
    }

    private Map<Long, CourierOnTheWay> couriersOnTheWay() {
        try {
            Map<Long, CourierOnTheWay> byOrder = new HashMap<>();
            Instant now = Instant.now();
            for (CourierTracking t : tracking.underWay(userSession.bearer())) {
                Long minutes = t.eta() == null ? null : Math.max(1, Duration.between(now, t.eta()).toMinutes());
                byOrder.put(t.orderId(), new CourierOnTheWay(t.orderId(), t.courierName(), t.status(), minutes,
                        String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=16/%.5f/%.5f",
                                t.latitude(), t.longitude(), t.latitude(), t.longitude())));
            }
            return byOrder;
        } catch (RuntimeException unavailable) {
            return Map.of();
        }
    }

    /**
     * Run by the page's live socket (its couriers section is re-rendered each time). A courier given one of the
     * merchant's orders or moving re-reads the couriers alone, and the queue's rows only when an order's courier or its
     * status changed, not on every position (the rows hold the merchant's unsaved choices). Anything else re-reads the
     * queue, and says so when a new order came in.
     */
    public void ordersChanged() {
        if (live.is("PositionUpdated") || live.is("CourierAssigned")) {
            Map<Long, CourierOnTheWay> before = couriers;
            couriers = couriersOnTheWay();
            if (!sameCouriers(before, couriers)) {
                PrimeFaces.current().ajax().update("orders:table");
            }
            return;
        }
        load();
        PrimeFaces.current().ajax().update("orders:table");
        if (live.is("OrderPlaced") || live.is("OrderReleased")) {
            Messages.info("merchant.orders.newOrder");
            PrimeFaces.current().executeScript("Quartier.chime()");
        }
    }

    /** Whether the same orders have the same couriers in the same status (their places and minutes aside). */
    private static boolean sameCouriers(Map<Long, CourierOnTheWay> before, Map<Long, CourierOnTheWay> now) {
        return before.keySet().equals(now.keySet()) && now.values().stream().allMatch(c -> {
            CourierOnTheWay was = before.get(c.orderId());
            return Objects.equals(was.name(), c.name()) && Objects.equals(was.status(), c.status());
        });
    }

    public void accept(OrderRow order) {
        ServiceCall.run(() -> {
            ordering.accept(userSession.bearer(), order.getId(), new Acceptance(order.getPreparationMinutes()));
            Messages.info("merchant.orders.accepted", String.valueOf(order.getId()));
        });
        load();
    }

    public void startPreparing(OrderRow order) {
        ServiceCall.run(() -> ordering.startPreparing(userSession.bearer(), order.getId()));
        load();
    }

    public void ready(OrderRow order) {
        ServiceCall.run(() -> {
            ordering.ready(userSession.bearer(), order.getId());
            Messages.info("merchant.orders.readyDone", String.valueOf(order.getId()));
        });
        load();
    }

    public List<Integer> getPreparationChoices() {
        return OrderRow.PREPARATION_CHOICES;
    }

    /**
     * Which orders the queue shows: today's (placed today, or for a slot today, on the store's clock), those the kitchen
     * works on, those for a later slot, those that are over, or all (the default).
     */
    public enum Filter { TODAY, ACTIVE, SCHEDULED, DONE, ALL }

    public Filter getFilter() {
        return filter;
    }

    public void setFilter(Filter filter) {
        this.filter = filter == null ? Filter.ALL : filter;
    }

    public Filter[] getFilters() {
        return Filter.values();
    }

    /** Opens the rejection dialog for this order. */
    public void startRejecting(OrderRow order) {
        rejecting = order;
        rejectionReason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        if (rejectionReason == null) {
            Messages.error("merchant.orders.reasonRequired");
            return;
        }
        ServiceCall.run(() -> {
            ordering.reject(userSession.bearer(), rejecting.getId(), new Rejection(rejectionReason));
            Messages.info("merchant.orders.rejected", String.valueOf(rejecting.getId()));
            rejecting = null;
        });
        load();
    }

    /** The reasons a merchant may give (the deadline's own reason is the platform's). */
    public List<RejectionReason> getRejectionReasons() {
        return Arrays.stream(RejectionReason.values()).filter(r -> r != RejectionReason.NOT_ACCEPTED_IN_TIME).toList();
    }

    public List<OrderRow> getOrders() {
        return switch (filter) {
            case TODAY -> orders.stream().filter(OrderRow::isToday).toList();
            case ACTIVE -> orders.stream().filter(row -> !row.isDone() && !row.isScheduled()).toList();
            case SCHEDULED -> orders.stream().filter(OrderRow::isScheduled).toList();
            case DONE -> orders.stream().filter(OrderRow::isDone).toList();
            case ALL -> orders;
        };
    }

    public OrderRow getRejecting() {
        return rejecting;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(RejectionReason rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
