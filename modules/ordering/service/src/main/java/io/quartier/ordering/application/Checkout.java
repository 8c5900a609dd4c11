package io.quartier.ordering.application;

import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.DeliverySlotView;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderDiscount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places an order in steps that each commit on their own and can each be repeated: the pending order (priced from
 * the catalog: its lines, and the delivery fee the catalog quotes for the store and the delivery place, refused when
 * the place is beyond the store's radius; with the customer's tip; less the discounts promotion quotes for it), its
 * discounts' uses reserved in promotion, its stock held in the catalog, its payment authorised, then the order placed
 * with its OrderPlaced event. When promotion cannot answer, the order is priced without discounts (and without the
 * coupon entered). No transaction stays open across a call to another service. A step that refuses fails the order and gives
 * back what earlier steps held. A step whose outcome is unknown (the other service timed out or failed) leaves the
 * order PENDING: the same Idempotency-Key takes it up again, and {@link CheckoutRecovery} gives up a checkout left
 * pending for too long. The same key always answers with the same order.
 * <p>
 * Checkout talks in problems ({@code ProblemException}): it relays what the catalog and payment refused, with their
 * status and code, records them on the failed order and answers them again to a retry; it is the edge between
 * ordering and the services it calls. The order's own rules refuse with {@code DomainException}.
 */
@ApplicationScoped
public class Checkout {

    /** How long a request waits for a concurrent one with the same key to finish its checkout. */
    static final Duration WAIT_FOR_CONCURRENT = Duration.ofSeconds(8);

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

    /** Beyond any slot a store offers (a week ahead), so that no day beyond the calendar is asked for. */
    private static final Duration FURTHEST_SLOT = Duration.ofDays(8);

    /** The failure of a checkout that waits for the customer to pass a 3-D Secure challenge. */
    static final String AUTHENTICATION_REQUIRED = "problem.order.authenticationRequired";

    @Inject
    CheckoutSteps steps;

    @Inject
    Catalog catalog;

    @Inject
    Payments payments;

    @Inject
    Promotions promotions;

    /** A pending order untouched for this long was interrupted (its request died): a retry takes it up again. */
    @Inject
    @ConfigProperty(name = "ordering.checkout.resume-after", defaultValue = "PT15S")
    Duration resumeAfter;

    /** How long before its kitchen must start a scheduled order goes to its merchant (who then has time to accept). */
    @Inject
    @ConfigProperty(name = "ordering.schedule.release-ahead", defaultValue = "PT15M")
    Duration releaseAhead;

    Clock clock = Clock.systemUTC();

    public Placement place(long customerId, String idempotencyKey, PlaceOrder request) {
        String fingerprint = fingerprint(request);
        Optional<Order> earlier = steps.byKey(customerId, idempotencyKey);
        Long authenticated = null;
        if (earlier.isPresent()) {
            if (!awaitsAuthentication(earlier.get(), fingerprint)) {
                return answerAgain(earlier.get(), fingerprint);
            }
            authenticated = earlier.get().getId();
        }
        Order pending = price(customerId, idempotencyKey, fingerprint, request);
        requireShownTotal(request.expectedTotalMinor(), pending);
        Optional<Order> begun = authenticated == null ? steps.begin(pending)
                : steps.beginInsteadOf(authenticated, pending);
        if (begun.isEmpty()) {
            return answerAgain(steps.byKey(customerId, idempotencyKey).orElseThrow(), fingerprint);
        }
        return new Placement(complete(begun.get(), authenticated), true);
    }

    /**
     * The order costs what the customer was shown ({@code expectedTotalMinor}, when sent), or nothing is placed: a price,
     * the fee or a discount that changed since the basket was shown is said, with the new total, for the customer to
     * look again.
     */
    static void requireShownTotal(Long expectedTotalMinor, Order priced) {
        requireShownTotal(expectedTotalMinor, priced.total().getAmountMinor());
    }

    /** As {@link #requireShownTotal(Long, Order)}, for a total priced otherwise (a multi-store order's). */
    static void requireShownTotal(Long expectedTotalMinor, long totalMinor) {
        if (expectedTotalMinor != null && expectedTotalMinor != totalMinor) {
            throw ProblemException.conflict("problem.order.priceChanged", "the order now costs "
                            + totalMinor + ", not the " + expectedTotalMinor + " shown")
                    .withError("totalMinor", totalMinor)
                    .withError("expectedTotalMinor", expectedTotalMinor);
        }
    }

    /**
     * Whether {@code earlier} failed only because the customer's bank asked for a 3-D Secure challenge, and this is
     * the same checkout asked again (after the customer answered it): then a new order takes the key over from it (once
     * priced again, so a refusal leaves the answered challenge for the next attempt), whose payment takes the
     * challenge's answer, since the failed one gave its stock back and cannot hold it again.
     */
    private static boolean awaitsAuthentication(Order earlier, String fingerprint) {
        return earlier.getStatus() == OrderStatus.FAILED && AUTHENTICATION_REQUIRED.equals(earlier.getFailureCode())
                && earlier.isMatchedBy(fingerprint);
    }

    /**
     * Takes the order's remaining steps; every step is idempotent by the order (the catalog's reservation and
     * payment's authorization are keyed by it), so a repeat never holds or charges twice.
     */
    Order complete(Order order) {
        return complete(order, null);
    }

    /** As {@link #complete(Order)}; {@code authenticatedOrderId} names the order whose challenge the customer answered. */
    private Order complete(Order order, Long authenticatedOrderId) {
        long orderId = order.getId();
        try {
            if (!order.getDiscounts().isEmpty()) {
                promotions.reserve(order);
            }
            catalog.reserve(order.getCustomerId(), orderId, order.getLines().stream()
                    .map(l -> new PlaceOrder.Line(l.getProductId(), l.getQuantity())).toList(), order.getScheduledFor());
            long authorization = payments.authorize(order.getCustomerId(), orderId, order.getPaymentMethodId(),
                    order.total(), authenticatedOrderId);
            Order placed = steps.place(orderId, authorization);
            if (placed.getStatus() == OrderStatus.FAILED) {
                throw failure(placed);
            }
            return placed;
        } catch (ProblemException refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            Order failed = steps.fail(orderId, refused.status(), refused.code());
            try {
                giveBack(failed);
            } catch (RuntimeException notNow) {
                LOG.log(Level.WARNING, "what failed order " + orderId + " held is given back by the recovery", notNow);
            }
            throw refused;
        } catch (RuntimeException unknown) {
            throw ProblemException.unavailable("problem.order.pending", "order " + orderId
                    + " is being placed; the outcome of a step is not known yet: retry with the same Idempotency-Key")
                    .withError("orderId", orderId);
        }
    }

    /**
     * Gives back what a failed checkout held: its stock and any payment hold (a part of a multi-store order: the
     * group's, which the whole group failing releases). Idempotent.
     */
    public void giveBack(Order failed) {
        if (failed.getStatus() != OrderStatus.FAILED) {
            return;
        }
        catalog.release(failed.getId());
        if (failed.getGroupId() == null) {
            payments.voidHolds(failed.getId());
        } else {
            payments.voidGroupHolds(failed.getGroupId());
        }
        if (!failed.getDiscounts().isEmpty()) {
            promotions.release(failed.getId());
        }
        steps.compensated(failed.getId());
    }

    private Placement answerAgain(Order earlier, String fingerprint) {
        if (!earlier.isMatchedBy(fingerprint)) {
            throw new ProblemException(422, "problem.idempotencyKeyReused",
                    "this Idempotency-Key was used for a different order");
        }
        Order now = earlier;
        Instant waitUntil = clock.instant().plus(WAIT_FOR_CONCURRENT);
        while (now.getStatus() == OrderStatus.PENDING && !isInterrupted(now) && clock.instant().isBefore(waitUntil)) {
            sleep();
            now = steps.get(now.getId());
        }
        if (now.getStatus() == OrderStatus.PENDING && isInterrupted(now)) {
            now = complete(now);
        }
        if (now.getStatus() == OrderStatus.FAILED) {
            throw failure(now);
        }
        return new Placement(now, false);
    }

    private boolean isInterrupted(Order pending) {
        return pending.getUpdatedAt().isBefore(clock.instant().minus(resumeAfter));
    }

    /**
     * What {@code request} would cost if ordered now, priced as {@link #place} prices an order (the store's hours and
     * kitchen aside, which decide whether it can be ordered now, not what it costs; a slot chosen, though, the store
     * must offer, so that the customer hears at once of one it stopped offering). Nothing is written or held.
     */
    public Quote quote(long customerId, PriceRequest request) {
        StoreView store = catalog.store(request.storeId());
        if (request.scheduledFor() != null) {
            offered(store, request.scheduledFor());
        }
        Order unsaved = new Order(customerId, "", "", store.merchantId(), store.id(), store.name(), store.address(),
                store.country(), store.timeZone(), store.currency(), "", 0);
        Charged charged = charge(unsaved, store, request.lines(), request.latitude(), request.longitude(),
                request.tipMinor());
        Offers offers = discount(unsaved, charged.shelfByProduct(), request.couponCode());
        return new Quote(unsaved, charged.delivery().minutes(), offers.considered(), offers.notice());
    }

    /**
     * An order placed with a coupon is placed with it or not at all: a coupon that does not apply (used up meanwhile,
     * expired, another store's) refuses the order, so that nobody pays a price without the discount they asked for.
     */
    static void requireCoupon(String couponCode, List<PriceBreakdown.Offer> considered) {
        if (couponCode == null || couponCode.isBlank()) {
            return;
        }
        String code = couponCode.strip();
        if (considered.stream().anyMatch(o -> o.applies() && code.equalsIgnoreCase(o.code()))) {
            return;
        }
        // a limit reached says most (a multi-store order's other parts say only that the coupon is not theirs)
        List<String> reasons = considered.stream().filter(o -> code.equalsIgnoreCase(o.code()))
                .map(PriceBreakdown.Offer::reasonKey).filter(r -> r != null).toList();
        String reason = reasons.stream().filter(r -> r.endsWith("Limit")).findFirst()
                .orElse(reasons.isEmpty() ? "unknown" : reasons.get(0));
        throw ProblemException.conflict(reason.endsWith("Limit") ? "problem.promotion.limitReached"
                : "problem.promotion.couponNotApplicable", "coupon " + code + " does not apply to the order: " + reason);
    }

    /**
     * Takes off the order the discounts promotion quotes for it (the best ones, with why the others do not apply).
     * Promotion not answering in time leaves the order without discounts, with a notice when a coupon was entered:
     * a quote says so, and placing such an order is refused (the customer asked for a price it cannot confirm).
     */
    Offers discount(Order order, Map<Long, Long> shelfByProduct, String couponCode) {
        String code = couponCode == null || couponCode.isBlank() ? null : couponCode.strip();
        Optional<List<PriceBreakdown.Offer>> offers = promotions.offers(order,
                steps.isFirstOrder(order.getCustomerId()), code, shelfByProduct);
        if (offers.isEmpty()) {
            return new Offers(List.of(), code == null ? null : PROMOTION_UNAVAILABLE);
        }
        List<PriceBreakdown.Offer> applied = offers.get().stream().filter(PriceBreakdown.Offer::applies).toList();
        order.discount(applied.stream().map(o -> new OrderDiscount(o.promotionId(), o.kind(), o.code(), o.funder(),
                        o.amountMinor())).toList(),
                applied.stream().map(PriceBreakdown.Offer::code).filter(c -> c != null).findFirst().orElse(null));
        return new Offers(offers.get(), null);
    }

    private Order price(long customerId, String idempotencyKey, String fingerprint, PlaceOrder request) {
        StoreView store = catalog.store(request.storeId());
        DeliverySlotView slot = request.scheduledFor() == null ? null : offered(store, request.scheduledFor());
        if (slot == null) {
            requireOpenNow(store);
        }
        Order order = new Order(customerId, idempotencyKey, fingerprint, store.merchantId(), store.id(), store.name(),
                store.address(), store.country(), store.timeZone(), store.currency(), request.deliveryAddress(),
                request.paymentMethodId());
        if (slot != null) {
            order.scheduleFor(slot.start(), slot.cookFrom().minus(releaseAhead));
        }
        Charged charged = charge(order, store, request.lines(), request.latitude(), request.longitude(),
                request.tipMinor());
        Offers offers = discount(order, charged.shelfByProduct(), request.couponCode());
        requireChecked(offers.notice());
        requireCoupon(request.couponCode(), offers.considered());
        return order;
    }

    /** An order with a coupon whose discounts promotion could not check ({@code notice} not null) is not placed. */
    static void requireChecked(String notice) {
        if (notice != null) {
            throw ProblemException.conflict("problem.promotion.unavailable", "promotion did not answer: the coupon "
                    + "the customer asked for cannot be checked, so the order is not placed at a price they did not see");
        }
    }

    /**
     * The slot of the store starting at {@code start}, which the store must offer now.
     *
     * @throws ProblemException 409 {@code problem.order.slotUnavailable} naming the store ({@code storeId}) otherwise
     */
    private DeliverySlotView offered(StoreView store, Instant start) {
        Optional<DeliverySlotView> slot = start.isAfter(clock.instant().plus(FURTHEST_SLOT)) ? Optional.empty()
                : catalog.slot(store, start);
        return slot.orElseThrow(() -> ProblemException.conflict("problem.order.slotUnavailable", "store " + store.id()
                + " (" + store.name() + ") does not offer the slot " + start + " (any more)")
                .withError("storeId", store.id()));
    }

    /**
     * One store's part of a multi-store order, priced as {@link #place} prices an order of that store (not yet
     * discounted: the group gives each part its {@link #discount} once it has decided which part carries the one fee
     * and the tip), with the fee the catalog quotes for the place and no tip. For as soon as possible ({@code scheduledFor} null) the store must be open with room in its
     * kitchen; for a slot, the store must offer it, and the part goes to its merchant in time for its own kitchen.
     */
    Part pricePart(long customerId, long storeId, List<PlaceOrder.Line> lines, long paymentMethodId,
                    String deliveryAddress, Double lat, Double lon, Instant scheduledFor) {
        StoreView store = catalog.store(storeId);
        DeliverySlotView slot = scheduledFor == null ? null : offered(store, scheduledFor);
        if (slot == null) {
            requireOpenNow(store);
        }
        Order part = new Order(customerId, "", "", store.merchantId(), store.id(), store.name(), store.address(),
                store.country(), store.timeZone(), store.currency(), deliveryAddress, paymentMethodId);
        if (slot != null) {
            part.scheduleFor(slot.start(), slot.cookFrom().minus(releaseAhead));
        }
        Charged charged = charge(part, store, lines, lat, lon, 0L);
        return new Part(part, charged.shelfByProduct(), charged.delivery().minutes());
    }

    /**
     * One store's part of a multi-store order as {@link #pricePart} prices it, the store's hours and kitchen aside
     * (as {@link #quote}; a slot, when given, the store must offer): never saved.
     */
    Part quotePart(long customerId, long storeId, List<PlaceOrder.Line> lines, Double lat, Double lon,
                    Instant scheduledFor) {
        StoreView store = catalog.store(storeId);
        if (scheduledFor != null) {
            offered(store, scheduledFor);
        }
        Order part = new Order(customerId, "", "", store.merchantId(), store.id(), store.name(), store.address(),
                store.country(), store.timeZone(), store.currency(), "", 0);
        Charged charged = charge(part, store, lines, lat, lon, 0L);
        return new Part(part, charged.shelfByProduct(), charged.delivery().minutes());
    }

    private void requireOpenNow(StoreView store) {
        if (!store.isOpen()) {
            throw ProblemException.conflict("problem.order.storeClosed", "store " + store.id() + " is " + store.status())
                    .withError("nextOpening", String.valueOf(store.nextOpening()));
        }
        if (!catalog.kitchenHasRoom(store.id())) {
            throw ProblemException.conflict("problem.order.kitchenFull",
                    "store " + store.id() + " takes no more orders in this 15-minute window");
        }
    }

    /**
     * Puts on the order its lines priced from the catalog, the delivery fee the catalog quotes for the place (without
     * a place, from a client of before fees were charged, the store's base fee, and the radius is not checked) and
     * the tip; returns the catalog's delivery quote and each product's shelf.
     *
     * @throws ProblemException 400 {@code problem.order.invalidPlace} for one coordinate alone or no place on Earth;
     *                          409 {@code problem.order.productUnavailable}, {@code problem.order.invalidOptions}, or
     *                          {@code problem.order.outsideDeliveryArea} when the store does not deliver there
     */
    private Charged charge(Order order, StoreView store, List<PlaceOrder.Line> lines, Double lat, Double lon,
                                 Long tipMinor) {
        List<Long> ids = lines.stream().map(PlaceOrder.Line::productId).distinct().toList();
        Map<Long, ProductView> products = catalog.products(ids, store.language()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        for (PlaceOrder.Line line : lines) {
            ProductView product = products.get(line.productId());
            if (product == null || product.storeId() != store.id() || !product.available()) {
                throw ProblemException.conflict("problem.order.productUnavailable",
                        "product " + line.productId() + " cannot be ordered from store " + store.id());
            }
            LinePricing.Priced priced = LinePricing.price(product, line.optionIds());
            order.addLine(product.id(), priced.name(), line.quantity(), Money.of(priced.unitPriceMinor(), product.currency()),
                    product.vatBasisPoints());
        }
        if ((lat == null) != (lon == null) || lat != null && (!Double.isFinite(lat) || Math.abs(lat) > 90
                || !Double.isFinite(lon) || Math.abs(lon) > 180)) {
            throw ProblemException.invalid("problem.order.invalidPlace",
                    "the delivery place needs a latitude (-90 to 90) and a longitude (-180 to 180), or neither");
        }
        DeliveryQuote delivery = catalog.deliveryQuote(store.id(), lat, lon);
        if (!delivery.delivers()) {
            throw ProblemException.conflict("problem.order.outsideDeliveryArea",
                    "store " + store.id() + " does not deliver " + delivery.distanceMetres() + " m away")
                    .withError("distanceMetres", delivery.distanceMetres());
        }
        order.deliverTo(lat, lon, Money.of(delivery.feeMinor(), delivery.currency()));
        order.tip(Money.of(tipMinor == null ? 0 : tipMinor, store.currency()));
        Map<Long, Long> shelves = new java.util.HashMap<>();
        products.values().forEach(p -> {
            if (p.categoryId() != null) {
                shelves.put(p.id(), p.categoryId());
            }
        });
        return new Charged(delivery, shelves);
    }

    private static ProblemException failure(Order failed) {
        return new ProblemException(failed.getFailureStatus(), failed.getFailureCode(),
                "order " + failed.getId() + " was not placed: " + failed.getFailureCode());
    }

    /** Waits a little for a concurrent checkout with the same key. */
    static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("problem.order.pending", "interrupted while waiting for the checkout");
        }
    }

    static String fingerprint(PlaceOrder request) {
        String canonical = request.storeId() + "|" + request.paymentMethodId() + "|" + request.deliveryAddress() + "|"
                + request.lines().stream().map(l -> l.productId() + "x" + l.quantity()
                        + l.optionIds().stream().sorted().map(String::valueOf).collect(Collectors.joining("+", "[", "]")))
                .collect(Collectors.joining(","))
                // only when given, so that a request without them keeps the fingerprint it had before they existed
                + (request.latitude() == null && request.longitude() == null ? ""
                        : "|@" + request.latitude() + "," + request.longitude())
                + (request.tipMinor() == null ? "" : "|tip" + request.tipMinor())
                + (request.scheduledFor() == null ? "" : "|slot" + request.scheduledFor())
                + (request.couponCode() == null || request.couponCode().isBlank() ? ""
                        : "|coupon" + request.couponCode().strip().toUpperCase(java.util.Locale.ROOT));
        return sha256(canonical);
    }

    /** A request's fingerprint: the hex SHA-256 of its canonical form. */
    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text key of the notice that discounts could not be checked (in promotion's texts). */
    public static final String PROMOTION_UNAVAILABLE = "promotion.reason.unavailable";

    /**
     * A priced order that is never saved, the minutes its delivery would take, the promotions considered for it and a
     * notice key when they could not be (null otherwise).
     */
    public record Quote(Order order, int deliveryMinutes, List<PriceBreakdown.Offer> offers, String promotionNotice) {
    }

    private record Charged(DeliveryQuote delivery, Map<Long, Long> shelfByProduct) {
    }

    /** The promotions considered for an order, and a notice key when they could not be (null otherwise). */
    record Offers(List<PriceBreakdown.Offer> considered, String notice) {
    }

    /**
     * A store's part of a multi-store order, priced, not yet discounted: the part, each product's shelf (for its
     * discounts) and the minutes its delivery would take.
     */
    record Part(Order order, Map<Long, Long> shelfByProduct, int deliveryMinutes) {
    }

    /** The order and whether this call created it (false for a repeated Idempotency-Key). */
    public record Placement(Order order, boolean created) {
    }
}
