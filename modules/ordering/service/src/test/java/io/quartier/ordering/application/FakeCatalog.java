package io.quartier.ordering.application;

import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.PlaceOrder;
import java.util.ArrayList;
import java.util.HashMap;
import io.quartier.catalog.api.DeliverySlotView;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;

/**
 * One open store in France with soup (10 % VAT) and bread (5.5 %), whose stock can be made to refuse or not to answer;
 * it delivers within {@link #RADIUS_METRES} of the store for {@link #BASE_FEE} plus {@link #FEE_PER_KM} a kilometre
 * started beyond the first (its distances are plain degrees of latitude, 1 degree = 100 km, enough for a fake).
 */
class FakeCatalog implements Catalog {

    static final long STORE = 1;
    static final long SOUP = 101;
    static final long BREAD = 102;
    static final double STORE_LATITUDE = 48.85;
    static final long BASE_FEE = 199;
    static final long FEE_PER_KM = 50;
    static final long RADIUS_METRES = 3000;
    /** A second store, a bakery of another merchant (8) at the same place, with cake, and a dearer base fee. */
    static final long BAKERY = 2;
    static final long CAKE = 201;
    static final long BAKERY_BASE_FEE = 299;

    enum Answer { YES, REFUSE, NO_ANSWER }

    Answer stock = Answer.YES;
    Answer release = Answer.YES;
    final Map<Long, List<PlaceOrder.Line>> held = new HashMap<>();
    final List<Long> released = new ArrayList<>();

    @Override
    public StoreView store(long storeId) {
        if (storeId == BAKERY) {
            return new StoreView(BAKERY, 8, "Pains SARL", "BAKERY", "Au Bon Pain", "3 rue Z", "FR", "EUR",
                    "Europe/Paris", "fr", 48.85, 2.35, "OPEN", null, null, null, null);
        }
        return new StoreView(STORE, 7, "Marcel SARL", "RESTAURANT", "Chez Marcel", "1 rue X", "FR", "EUR",
                "Europe/Paris", "fr", 48.85, 2.35, "OPEN", null, null, null, null);
    }

    @Override
    public List<ProductView> products(List<Long> ids, String language) {
        return List.of(product(SOUP, "Soupe", 890, 1000), product(BREAD, "Pain", 250, 550),
                        new ProductView(CAKE, BAKERY, 8, "Gâteau", null, 420, "EUR", 550, true, null, null, null,
                                List.of(), List.of(), List.of(), null)).stream()
                .filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public DeliveryQuote deliveryQuote(long storeId, Double latitude, Double longitude) {
        long base = storeId == BAKERY ? BAKERY_BASE_FEE : BASE_FEE;
        if (latitude == null) {
            return new DeliveryQuote(storeId, base, "EUR", 20, null, true);
        }
        long metres = Math.round(Math.abs(latitude - STORE_LATITUDE) * 100_000);
        long startedKm = (Math.max(0, metres - 1000) + 999) / 1000;
        return new DeliveryQuote(storeId, base + FEE_PER_KM * startedKm, "EUR", 20, metres, metres <= RADIUS_METRES);
    }

    @Override
    public boolean kitchenHasRoom(long storeId) {
        return true;
    }

    /** The slots the stores offer, by start. */
    final Map<Instant, DeliverySlotView> slots = new HashMap<>();
    /** A store's own slots, by start, for a store that does not offer {@link #slots}. */
    final Map<Long, Map<Instant, DeliverySlotView>> slotsOf = new HashMap<>();
    final Map<Long, Instant> servedIn = new HashMap<>();

    @Override
    public Optional<DeliverySlotView> slot(StoreView store, Instant start) {
        return Optional.ofNullable(slotsOf.getOrDefault(store.id(), slots).get(start));
    }

    @Override
    public void reserve(long customerId, long orderId, List<PlaceOrder.Line> lines, Instant served) {
        answer(stock);
        held.put(orderId, lines);
        if (served != null) {
            servedIn.put(orderId, served);
        }
    }

    @Override
    public void release(long orderId) {
        answer(release);
        held.remove(orderId);
        released.add(orderId);
    }

    private static void answer(Answer answer) {
        if (answer == Answer.REFUSE) {
            throw ProblemException.conflict("problem.order.outOfStock", "not enough stock for this order");
        }
        if (answer == Answer.NO_ANSWER) {
            throw new IllegalStateException("catalog timed out");
        }
    }

    private static ProductView product(long id, String name, long priceMinor, int vatBasisPoints) {
        return new ProductView(id, STORE, 7, name, null, priceMinor, "EUR", vatBasisPoints, true, null, null, null,
                List.of(), List.of(), List.of(), null);
    }
}
