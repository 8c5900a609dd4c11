package io.quartier.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.catalog.api.ReservationView;
import io.quartier.catalog.api.StockReservation.Line;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.product.Category;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.stock.ReservationStatus;
import io.quartier.catalog.domain.model.stock.StockReservation;
import io.quartier.catalog.domain.model.stock.StockReservationRepository;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStanding;
import jakarta.persistence.LockModeType;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import io.quartier.catalog.domain.model.capacity.CountedOrder;
import io.quartier.catalog.domain.model.capacity.CountedOrderRepository;
import io.quartier.catalog.domain.model.store.StoreRepository;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stock through its ports: products and reservations in memory, ordering's answer given by the test. */
class StockTest {

    private final Products products = new Products();
    private final Reservations reservations = new Reservations();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Map<String, OrderStanding> standings = new HashMap<>();
    private final Stock stock = new Stock();
    private final Counted counted = new Counted();
    private final Store store;
    private final Product soup;
    private final Product bread;

    StockTest() {
        stock.products = products;
        stock.reservations = reservations;
        stock.events = events::add;
        stock.orders = standings::get;
        stock.self = stock;
        store = withId(new Store(withId(new Merchant("Chez Marcel", MerchantType.RESTAURANT), 7L), "Chez Marcel",
                "1 rue X", "FR", "EUR", "Europe/Paris", "fr", 48.85, 2.35), 1L);
        soup = products.add(new Product(store, 890, 1000, true, 1), 101L, 3);
        bread = products.add(new Product(store, 250, 550, true, 2), 102L, null);
        KitchenCapacity capacity = new KitchenCapacity();
        capacity.counted = counted;
        capacity.stores = new OneStore(store);
        capacity.clock = Clock.fixed(Instant.parse("2026-11-28T11:07:00Z"), ZoneOffset.UTC);
        stock.capacity = capacity;
    }

    @Test
    void anOrdersReservationTakesAPlaceInTheKitchenWindowAndGivesItBackWithItsStock() {
        store.limitOrdersPerWindow(2);
        Instant lunch = Instant.parse("2026-11-29T11:40:00Z");
        stock.reserve(new io.quartier.catalog.api.StockReservation("order-1", 42, List.of(new Line(102, 1)), lunch));
        stock.reserve(new io.quartier.catalog.api.StockReservation("order-2", 42, List.of(new Line(102, 1)), lunch));
        stock.reserve(new io.quartier.catalog.api.StockReservation("order-2", 42, List.of(new Line(102, 1)), lunch));

        ProblemException full = assertThrows(ProblemException.class, () -> stock.reserve(
                new io.quartier.catalog.api.StockReservation("order-3", 42, List.of(new Line(101, 1)), lunch)));
        assertEquals("problem.order.kitchenFull", full.code());
        assertEquals(3, soup.getStockQuantity(), "a refused order takes no stock");
        assertEquals(2, counted.perWindow(1, lunch.minusSeconds(3600), lunch.plusSeconds(3600)).values().stream()
                .mapToInt(Integer::intValue).sum(), "two places in the 12:30 window (Paris), the same order once");

        stock.reserve(new io.quartier.catalog.api.StockReservation("order-4", 42, List.of(new Line(101, 1)),
                lunch.plusSeconds(15 * 60)));
        stock.releaseHeld("order-1");
        stock.reserve(new io.quartier.catalog.api.StockReservation("order-3", 42, List.of(new Line(101, 1)), lunch));
        assertEquals(1, soup.getStockQuantity(), "the next window, and the place given back, took the others");
    }

    @Test
    void aReservationTakesEveryLineAndAnnouncesTheStockLeft() {
        ReservationView held = stock.reserve(request("order-1", new Line(101, 2), new Line(102, 5)));

        assertEquals("HELD", held.status());
        assertEquals(1, soup.getStockQuantity());
        assertEquals(List.of(new StockChanged(101, 1, 7, true, 1)), events);
    }

    @Test
    void notEnoughOfOneLineTakesNothingAndNamesTheProduct() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> stock.reserve(request("order-1", new Line(102, 1), new Line(101, 4))));

        assertEquals("problem.stock.insufficient", refused.code());
        assertEquals(List.of(101L), refused.toProblem().errors().get("productIds"));
        assertEquals(3, soup.getStockQuantity());
        assertTrue(reservations.byReference("order-1").isEmpty());
        assertTrue(events.isEmpty());
    }

    @Test
    void theSameReferenceHoldsOnce() {
        stock.reserve(request("order-1", new Line(101, 2)));
        stock.reserve(request("order-1", new Line(101, 2)));

        assertEquals(1, soup.getStockQuantity());
    }

    @Test
    void releasingTwiceGivesTheUnitsBackOnce() {
        stock.reserve(request("order-1", new Line(101, 2)));

        assertEquals("RELEASED", stock.releaseHeld("order-1").status());
        stock.releaseHeld("order-1");

        assertEquals(3, soup.getStockQuantity());
    }

    @Test
    void aPlacedOrdersUnitsGoBackOnlyByCancellingIt() {
        stock.reserve(request("order-1", new Line(101, 2)));
        stock.confirm("order-1");

        ProblemException refused = assertThrows(ProblemException.class, () -> stock.releaseHeld("order-1"));
        assertEquals("problem.stock.reservationConfirmed", refused.code());
        assertEquals(1, soup.getStockQuantity());

        stock.releaseOfCancelledOrder("order-1");
        assertEquals(3, soup.getStockQuantity());
    }

    @Test
    void anAbandonedReservationGoesBackOnlyWhenItsOrderDoesNotStand() {
        stock.reserve(request("order-1", new Line(101, 1)));
        stock.reserve(request("order-2", new Line(101, 1)));
        stock.reserve(request("order-3", new Line(101, 1)));
        standings.put("order-1", OrderStanding.GONE);
        standings.put("order-2", OrderStanding.STANDS);
        standings.put("order-3", OrderStanding.PENDING);
        stock.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16));

        assertEquals(1, stock.releaseAbandoned());

        assertEquals(ReservationStatus.RELEASED, reservations.byReference("order-1").orElseThrow().getStatus());
        assertEquals(ReservationStatus.CONFIRMED, reservations.byReference("order-2").orElseThrow().getStatus());
        assertEquals(ReservationStatus.HELD, reservations.byReference("order-3").orElseThrow().getStatus());
        assertEquals(1, soup.getStockQuantity());
    }

    private static io.quartier.catalog.api.StockReservation request(String reference, Line... lines) {
        return new io.quartier.catalog.api.StockReservation(reference, 42, List.of(lines), null);
    }

    /** What JPA does: the id the database gave. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Products in a map; stock is taken and given back as the conditional updates do. */
    private static final class Products implements ProductRepository {

        private final Map<Long, Product> byId = new HashMap<>();

        Product add(Product product, long id, Integer stock) {
            if (stock != null) {
                product.countStock(stock);
            }
            byId.put(id, withId(product, id));
            return product;
        }

        @Override
        public Optional<Product> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean takeStock(long productId, int quantity) {
            Product product = byId.get(productId);
            if (product.getStockQuantity() < quantity) {
                return false;
            }
            product.countStock(product.getStockQuantity() - quantity);
            return true;
        }

        @Override
        public boolean giveBackStock(long productId, int quantity) {
            Product product = byId.get(productId);
            if (!product.tracksStock()) {
                return false;
            }
            product.countStock(product.getStockQuantity() + quantity);
            return true;
        }

        @Override
        public void refresh(Product product) {
        }

        @Override
        public List<Product> ofStore(long storeId) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public List<Product> ofMerchant(long merchantId) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public void lock(Product product, LockModeType mode) {
        }

        @Override
        public List<Product> byIds(Collection<Long> ids) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public List<Product> inCategory(Category category) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public int lastPosition(Store store) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public List<Product> unavailableUntilAtMost(Instant now) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public void add(Product product) {
            throw new AssertionError("Stock does not call this");
        }

        @Override
        public void flush() {
        }
    }

    private static final class Reservations implements StockReservationRepository {

        private final Map<String, StockReservation> byReference = new HashMap<>();

        @Override
        public Optional<StockReservation> byReference(String reference) {
            return Optional.ofNullable(byReference.get(reference));
        }

        @Override
        public Optional<StockReservation> byReferenceForUpdate(String reference) {
            return byReference(reference);
        }

        @Override
        public List<String> heldBefore(Instant before, int limit) {
            return byReference.values().stream()
                    .filter(r -> r.getStatus() == ReservationStatus.HELD && r.getCreatedAt().isBefore(before))
                    .map(StockReservation::getReference).sorted().limit(limit).toList();
        }

        @Override
        public void add(StockReservation reservation) {
            byReference.put(reservation.getReference(), reservation);
        }
    }

    /** Counted orders in a map, by order id. */
    private static final class Counted implements CountedOrderRepository {

        private final Map<Long, CountedOrder> byOrder = new HashMap<>();

        @Override
        public Optional<CountedOrder> byOrderId(long orderId) {
            return Optional.ofNullable(byOrder.get(orderId));
        }

        @Override
        public void add(CountedOrder order) {
            byOrder.put(order.getOrderId(), order);
        }

        @Override
        public void remove(CountedOrder order) {
            byOrder.remove(order.getOrderId());
        }

        @Override
        public Map<Instant, Integer> perWindow(long storeId, Instant from, Instant to) {
            Map<Instant, Integer> used = new HashMap<>();
            byOrder.values().stream()
                    .filter(o -> o.getStoreId() == storeId && !o.getWindowStart().isBefore(from) && o.getWindowStart().isBefore(to))
                    .forEach(o -> used.merge(o.getWindowStart(), 1, Integer::sum));
            return used;
        }
    }

    /** The one store of these tests; the port's listing methods are not for stock to call. */
    private record OneStore(Store store) implements StoreRepository {

        @Override
        public Optional<Store> byId(long id) {
            return Optional.of(store).filter(s -> s.getId() == id);
        }

        @Override
        public Optional<Store> byIdForUpdate(long id) {
            return byId(id);
        }

        @Override
        public List<Store> all() {
            throw new AssertionError("stock does not list stores");
        }

        @Override
        public List<Store> inCountry(String country) {
            throw new AssertionError("stock does not list stores");
        }

        @Override
        public List<Store> ofMerchant(long merchantId) {
            throw new AssertionError("stock does not list stores");
        }
    }
}
