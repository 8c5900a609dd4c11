package io.quartier.catalog.application;

import io.quartier.catalog.api.CapacityLimit;
import io.quartier.catalog.api.CapacityWindow;
import io.quartier.catalog.domain.model.capacity.CountedOrder;
import io.quartier.catalog.domain.model.capacity.CountedOrderRepository;
import io.quartier.catalog.domain.model.capacity.KitchenWindow;
import io.quartier.catalog.domain.model.capacity.WindowCapacity;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import io.quartier.catalog.domain.model.capacity.DeliverySlot;
import io.quartier.catalog.domain.model.capacity.DeliverySlots;
import io.quartier.catalog.domain.model.store.DeliveryTerms;
import io.quartier.catalog.domain.model.store.Place;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many orders each store's kitchen takes per 15-minute window, and how many it has. An order takes its place
 * when checkout holds its stock ({@link #hold}), under a lock of the store's row, so orders placed at the same
 * moment never take a window past its limit; it gives the place back with its stock (failed checkout, cancellation,
 * rejection). Orders placed before that existed are counted from ordering's OrderPlaced events ({@link #count}).
 */
@ApplicationScoped
public class KitchenCapacity {

    /** A day of windows: enough to plan ahead, small enough to count in one query. */
    static final int MOST_WINDOWS = 96;

    @Inject
    CountedOrderRepository counted;

    @Inject
    StoreRepository stores;

    Clock clock = Clock.systemUTC();

    /**
     * {@code count} windows one after the other, the first the one {@code from} (null for now) falls in.
     *
     * @throws ProblemException 400 {@code problem.invalid} unless {@code count} is 1 to {@value #MOST_WINDOWS};
     *                          404 for an unknown store
     */
    public List<CapacityWindow> windows(long storeId, Instant from, int count) {
        if (count < 1 || count > MOST_WINDOWS) {
            throw ProblemException.invalid("problem.invalid", "windows " + count + " is not 1 to " + MOST_WINDOWS)
                    .withError("windows", count);
        }
        Store store = stores.byId(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
        List<KitchenWindow> windows = KitchenWindow.following(from == null ? clock.instant() : from, count,
                zone(store));
        Map<Instant, Integer> used = counted.perWindow(storeId, windows.get(0).start(), windows.get(count - 1).end());
        return windows.stream()
                .map(w -> view(new WindowCapacity(w, store.getMaxOrdersPerWindow(), used.getOrDefault(w.start(), 0))))
                .toList();
    }

    /**
     * Takes a place for the order in the store's window holding {@code servedIn} (null: the current window), once:
     * an order holding a place keeps it. Runs in the caller's transaction (the stock reservation's), so a refusal
     * holds nothing.
     *
     * @throws ProblemException 409 {@code problem.order.kitchenFull} when the window has no place left
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(long orderId, long storeId, Instant servedIn) {
        if (counted.byOrderId(orderId).isPresent()) {
            return;
        }
        Store store = stores.byIdForUpdate(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
        KitchenWindow window = KitchenWindow.containing(servedIn == null ? clock.instant() : servedIn, zone(store));
        if (store.getMaxOrdersPerWindow() != null) {
            int used = counted.perWindow(storeId, window.start(), window.end()).getOrDefault(window.start(), 0);
            if (used >= store.getMaxOrdersPerWindow()) {
                throw ProblemException.conflict("problem.order.kitchenFull",
                        "store " + storeId + " takes no more orders in the window from " + window.start())
                        .withError("window", window.start().toString());
            }
        }
        counted.add(new CountedOrder(orderId, storeId, window));
    }

    /**
     * The windows of {@code date} (the store's clock) an order to {@code place} (null: at the store) can be served in.
     *
     * @throws ProblemException 404 for an unknown store; 400 {@code catalog.slots.date} for a day before today or more
     *                          than a week ahead; 409 {@code catalog.slots.outOfRange} when the store does not
     *                          deliver to the place
     */
    public List<DeliverySlot> slots(long storeId, LocalDate date, Place place) {
        Store store = stores.byId(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
        ZoneId zone = zone(store);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (date.isBefore(today) || date.isAfter(LocalDate.ofInstant(now.plus(DeliverySlots.MOST_AHEAD), zone))) {
            throw ProblemException.invalid("catalog.slots.date", "orders are scheduled from today to a week ahead")
                    .withError("date", date.toString());
        }
        if (place != null && !store.deliversTo(place)) {
            throw ProblemException.conflict("catalog.slots.outOfRange", "store " + storeId + " does not deliver there");
        }
        DeliveryTerms terms = store.getDeliveryTerms();
        Duration preparation = Duration.ofMinutes(terms.getPreparationMinutes());
        Duration travel = place == null ? Duration.ZERO
                : Duration.ofMinutes(terms.minutes(store.location().metresTo(place))).minus(preparation);
        Map<Instant, Integer> used = counted.perWindow(storeId, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        return DeliverySlots.on(date, zone, store.openingSchedule(), store.getMaxOrdersPerWindow(), used, preparation,
                travel, now);
    }

    /** Counts a placed order in the window of {@code placedAt}, once: an order counted before is left as it is. */
    @Transactional
    public void count(long orderId, long storeId, Instant placedAt) {
        if (counted.byOrderId(orderId).isPresent()) {
            return;
        }
        Store store = stores.byId(storeId).orElseThrow(() -> ProblemException.notFound("store", storeId));
        counted.add(new CountedOrder(orderId, storeId, KitchenWindow.containing(placedAt, zone(store))));
    }

    /** A cancelled order stops counting; an order never counted is ignored. */
    @Transactional
    public void uncount(long orderId) {
        counted.byOrderId(orderId).ifPresent(counted::remove);
    }

    /**
     * @param max null for no limit
     * @throws ProblemException 400 {@code catalog.capacity.invalid}; 404 when the store is not the merchant's
     */
    @Transactional
    public CapacityLimit setLimit(long merchantId, long storeId, Integer max) {
        Store store = stores.byId(storeId)
                .filter(s -> s.getMerchant().getId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("store", storeId));
        store.limitOrdersPerWindow(max);
        return new CapacityLimit(store.getMaxOrdersPerWindow());
    }

    private static ZoneId zone(Store store) {
        return ZoneId.of(store.getTimeZone());
    }

    private static CapacityWindow view(WindowCapacity capacity) {
        return new CapacityWindow(capacity.window().start(), capacity.window().end(), capacity.max(), capacity.used(),
                capacity.free());
    }
}
