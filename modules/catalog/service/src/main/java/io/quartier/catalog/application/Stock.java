package io.quartier.catalog.application;

import io.quartier.catalog.api.ReservationView;
import io.quartier.catalog.api.event.StockChanged;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.catalog.domain.model.stock.ReservationStatus;
import io.quartier.catalog.domain.model.stock.ReservedLine;
import io.quartier.catalog.domain.model.stock.StockReservation;
import io.quartier.catalog.domain.model.stock.StockReservationRepository;
import io.quartier.ordering.api.OrderStanding;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import io.quartier.ordering.api.OrderReferences;
import java.util.TreeMap;

/**
 * Takes and gives back stock. A reservation takes every line or none: each tracked product is decremented by
 * one conditional UPDATE ({@code ... WHERE stock_quantity >= :q}) that the database serialises on the row, so
 * the quantity never goes below zero however many checkouts race for the last units; products are taken in id
 * order so two reservations never wait on each other in a circle.
 */
@ApplicationScoped
public class Stock {

    /** A reservation still HELD after this long belongs to a checkout that never finished. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    @Inject
    StockReservationRepository reservations;

    @Inject
    ProductRepository products;

    @Inject
    CatalogEvents events;

    @Inject
    Orders orders;

    @Inject
    KitchenCapacity capacity;

    /** This bean through its proxy, so that each reservation is settled in a transaction of its own. */
    @Inject
    Stock self;

    Clock clock = Clock.systemUTC();

    /** Holds every line or none, for the platform's services only (the REST resource checks the caller). */
    @Transactional
    public ReservationView reserve(io.quartier.catalog.api.StockReservation request) {
        long customerId = request.customerId();
        StockReservation earlier = reservations.byReference(request.reference()).orElse(null);
        if (earlier != null) {
            if (earlier.getCustomerId() != customerId) {
                throw ProblemException.conflict("problem.stock.referenceTaken",
                        "reservation " + request.reference() + " belongs to someone else");
            }
            return view(earlier);
        }
        Map<Long, Integer> wanted = new TreeMap<>();
        request.lines().forEach(line -> wanted.merge(line.productId(), line.quantity(), Integer::sum));
        Instant now = clock.instant();
        OptionalLong order = OrderReferences.orderOfStockReservation(request.reference());
        if (order.isPresent()) {
            storeOf(wanted.keySet()).ifPresent(store -> capacity.hold(order.getAsLong(), store, request.servedIn()));
        }
        List<Long> missing = new ArrayList<>();
        List<Product> taken = new ArrayList<>();
        for (Map.Entry<Long, Integer> line : wanted.entrySet()) {
            Product product = products.byId(line.getKey()).orElse(null);
            if (product == null || !take(product, line.getValue(), now)) {
                missing.add(line.getKey());
            } else if (product.tracksStock()) {
                taken.add(product);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("problem.stock.insufficient", "not enough stock for products " + missing)
                    .withError("productIds", missing);
        }
        StockReservation reservation = new StockReservation(request.reference(), customerId,
                wanted.entrySet().stream().map(e -> new ReservedLine(e.getKey(), e.getValue())).toList(), now);
        reservations.add(reservation);
        taken.forEach(this::announce);
        return view(reservation);
    }

    /**
     * Gives back the units of a reservation whose checkout failed. Only a HELD one: the units of a placed order
     * (CONFIRMED) go back only when the order is cancelled ({@link #releaseOfCancelledOrder}). Releasing twice, or
     * many times at once, gives the units back once.
     */
    @Transactional
    public ReservationView releaseHeld(String reference) {
        StockReservation reservation = lockedReservation(reference)
                .orElseThrow(() -> ProblemException.notFound("reservation", reference));
        if (reservation.getStatus() == ReservationStatus.CONFIRMED) {
            throw ProblemException.conflict("problem.stock.reservationConfirmed",
                    "reservation " + reference + " belongs to a placed order: only cancelling the order releases it");
        }
        return giveBack(reservation);
    }

    /** Its order was cancelled: the units go back, whether the order had been placed or not. Once. */
    @Transactional
    public void releaseOfCancelledOrder(String reference) {
        lockedReservation(reference).ifPresent(this::giveBack);
    }

    /** The reservation, locked until the transaction ends, so that concurrent releases run one after the other. */
    private Optional<StockReservation> lockedReservation(String reference) {
        return reservations.byReferenceForUpdate(reference);
    }

    /** The store of the products named (the first one found; an order's products are all of one store). */
    private Optional<Long> storeOf(Iterable<Long> productIds) {
        for (long id : productIds) {
            Optional<Product> product = products.byId(id);
            if (product.isPresent()) {
                return Optional.of(product.get().getStore().getId());
            }
        }
        return Optional.empty();
    }

    private ReservationView giveBack(StockReservation reservation) {
        OrderReferences.orderOfStockReservation(reservation.getReference()).ifPresent(capacity::uncount);
        if (reservation.release(clock.instant())) {
            for (ReservedLine line : reservation.getLines()) {
                if (products.giveBackStock(line.getProductId(), line.getQuantity())) {
                    announce(products.byId(line.getProductId()).orElseThrow());
                }
            }
        }
        return view(reservation);
    }

    /** Its order was placed: keep the units taken. Unknown references are ignored (no stock was held). */
    @Transactional
    public void confirm(String reference) {
        lockedReservation(reference).ifPresent(reservation -> reservation.confirm(clock.instant()));
    }

    /**
     * Settles reservations HELD longer than {@link #ABANDONED_AFTER} (their OrderPlaced never came): each is given
     * back only when its order does not stand, confirmed when it does, and left while its checkout is pending.
     * Ordering is asked outside any transaction. Returns how many were given back.
     */
    public int releaseAbandoned() {
        List<String> held = reservations.heldBefore(clock.instant().minus(ABANDONED_AFTER), 100);
        int released = 0;
        for (String reference : held) {
            OrderStanding standing = orders.standing(reference);
            if (standing != OrderStanding.PENDING && self.settleAbandoned(reference, standing)) {
                released++;
            }
        }
        return released;
    }

    /** True when the reservation's units went back. */
    @Transactional
    public boolean settleAbandoned(String reference, OrderStanding standing) {
        Optional<StockReservation> reservation = lockedReservation(reference)
                .filter(r -> r.getStatus() == ReservationStatus.HELD);
        if (reservation.isEmpty()) {
            return false;
        }
        if (standing == OrderStanding.STANDS) {
            reservation.get().confirm(clock.instant());
            return false;
        }
        giveBack(reservation.get());
        return true;
    }

    private boolean take(Product product, int quantity, Instant now) {
        if (!product.tracksStock()) {
            return product.isOrderableAt(now);
        }
        if (!product.isOrderableAt(now)) {
            return false;
        }
        return products.takeStock(product.getId(), quantity);
    }

    private void announce(Product product) {
        products.refresh(product);
        events.publish(new StockChanged(product.getId(), product.getStore().getId(),
                product.getStore().getMerchant().getId(), product.isOrderableAt(clock.instant()),
                product.getStockQuantity()));
    }

    private static ReservationView view(StockReservation reservation) {
        return new ReservationView(reservation.getReference(), reservation.getStatus().name());
    }
}
