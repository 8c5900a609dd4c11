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
import java.util.List;
import java.util.Map;

/**
 * How many orders each store's kitchen takes per 15-minute window, and how many it has. Orders are counted from
 * ordering's events, after they are placed: checkout reads the count before placing, so orders placed at the same
 * moment may all pass and take a window past its limit. The limit is a brake on the flow, not a reservation.
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
