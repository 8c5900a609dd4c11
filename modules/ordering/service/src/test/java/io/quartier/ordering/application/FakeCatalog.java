package io.quartier.ordering.application;

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

/** One open store with soup and bread, whose stock can be made to refuse or not to answer. */
class FakeCatalog implements Catalog {

    static final long STORE = 1;
    static final long SOUP = 101;
    static final long BREAD = 102;

    enum Answer { YES, REFUSE, NO_ANSWER }

    Answer stock = Answer.YES;
    Answer release = Answer.YES;
    final Map<Long, List<PlaceOrder.Line>> held = new HashMap<>();
    final List<Long> released = new ArrayList<>();

    @Override
    public StoreView store(long storeId) {
        return new StoreView(STORE, 7, "Marcel SARL", "RESTAURANT", "Chez Marcel", "1 rue X", "FR", "EUR",
                "Europe/Paris", "fr", 48.85, 2.35, "OPEN", null, null, null, null);
    }

    @Override
    public List<ProductView> products(List<Long> ids, String language) {
        return List.of(product(SOUP, "Soupe", 890), product(BREAD, "Pain", 250)).stream()
                .filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public boolean kitchenHasRoom(long storeId) {
        return true;
    }

    /** The slots the store offers, by start. */
    final Map<Instant, DeliverySlotView> slots = new HashMap<>();
    final Map<Long, Instant> servedIn = new HashMap<>();

    @Override
    public Optional<DeliverySlotView> slot(StoreView store, Instant start) {
        return Optional.ofNullable(slots.get(start));
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

    private static ProductView product(long id, String name, long priceMinor) {
        return new ProductView(id, STORE, 7, name, null, priceMinor, "EUR", 1000, true, null, null, null,
                List.of(), List.of(), List.of(), null);
    }
}
