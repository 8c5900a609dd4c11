package io.quartier.ordering.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.GroupPriceRequest;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.VatShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places a multi-store order as {@link Checkout} places one store's, in steps that each commit on their own and can be
 * repeated: every part priced (each store open, delivering to the place, its products available), the group and its
 * parts written pending, every part's stock held, ONE payment authorised for the sum, then every part placed at once.
 * An order for a slot ({@code scheduledFor}) needs every store to offer that slot; each part then holds a place in its
 * own kitchen's window and is scheduled, released to its merchant in time for its own kitchen (the release schedule of
 * {@link OrderLifecycle#releaseScheduled}), so that every part reaches the door in the same slot.
 * The delivery is one: the highest fee any of the stores quotes for the place is charged once, with the tip, on the
 * first part (see {@link OrderGroup}). A step refusing fails the whole group and gives back what every part held: nothing
 * is placed. The same Idempotency-Key always answers the same group; a concurrent request with it waits for it.
 * <p>
 * Discounts: each part gets the discounts promotion quotes for it as for one store's order ({@link Checkout#discount}:
 * its store's automatic ones), once the fee sits on the first part, so a free delivery only takes off the fee the order
 * charges (a part carrying no fee has none to take off). A coupon entered is tried on the parts in the basket's order
 * and applied to the first part it applies to, once for the whole order (the later parts are not asked with it); one
 * that applies to no part, or that promotion cannot check, refuses the order as for one store. Every part's uses are
 * reserved before the payment and given back when the group fails; a part cancelled or rejected gives back its own
 * (promotion hears of it as of any order).
 */
@ApplicationScoped
public class GroupCheckout {

    private static final Logger LOG = Logger.getLogger(GroupCheckout.class.getName());

    @Inject
    GroupCheckoutSteps steps;

    @Inject
    Checkout checkout;

    @Inject
    Catalog catalog;

    @Inject
    Payments payments;

    @Inject
    Promotions promotions;

    /** As for one store's checkout: a pending group untouched for this long was interrupted, and a retry resumes it. */
    @Inject
    @ConfigProperty(name = "ordering.checkout.resume-after", defaultValue = "PT15S")
    Duration resumeAfter;

    Clock clock = Clock.systemUTC();

    /** The group placed (or found by its key) and whether this call created it. */
    public record Placement(OrderGroup group, List<Order> parts, boolean created) {
    }

    public Placement place(long customerId, String idempotencyKey, PlaceGroupOrder request) {
        requireEachStoreOnce(request.parts());
        String fingerprint = fingerprint(request);
        Optional<OrderGroup> earlier = steps.byKey(customerId, idempotencyKey);
        Long authenticated = null;
        if (earlier.isPresent()) {
            if (!awaitsAuthentication(earlier.get(), fingerprint)) {
                return answerAgain(earlier.get(), fingerprint);
            }
            authenticated = earlier.get().getId();
        }
        requireAhead(request.scheduledFor());
        List<Order> parts = price(customerId, request);
        Checkout.requireShownTotal(request.expectedTotalMinor(), OrderGroup.total(parts).getAmountMinor());
        OrderGroup pending = new OrderGroup(customerId, idempotencyKey, fingerprint, parts.get(0).getCurrency(),
                request.paymentMethodId(), clock.instant());
        Optional<OrderGroup> begun = authenticated == null ? steps.begin(pending, parts)
                : steps.beginInsteadOf(authenticated, pending, parts);
        if (begun.isEmpty()) {
            return answerAgain(steps.byKey(customerId, idempotencyKey).orElseThrow(), fingerprint);
        }
        OrderGroup placed = complete(begun.get(), authenticated);
        return new Placement(placed, steps.parts(placed.getId()), true);
    }

    /**
     * Whether {@code earlier} failed only because the customer's bank asked for a 3-D Secure challenge and this is the
     * same checkout asked again (after the customer answered): then a new group takes the key over from it (once the
     * basket is priced again, so a refusal leaves the answered challenge for the next attempt), whose payment takes the
     * challenge's answer, since the failed one gave every part's stock back (as for one store).
     */
    private static boolean awaitsAuthentication(OrderGroup earlier, String fingerprint) {
        return earlier.getStatus() == OrderStatus.FAILED
                && Checkout.AUTHENTICATION_REQUIRED.equals(earlier.getFailureCode()) && earlier.isMatchedBy(fingerprint);
    }

    /**
     * Gives back what every part of a failed group held: its stock, its discounts' uses, and the group's payment hold.
     * Idempotent.
     */
    public void giveBack(OrderGroup failed) {
        if (failed.getStatus() != OrderStatus.FAILED) {
            return;
        }
        for (Order part : steps.parts(failed.getId())) {
            checkout.giveBack(part);
        }
    }

    /**
     * What {@code request} would cost if placed now, priced as {@link #place} prices it (the stores' hours and kitchens
     * aside, as for one store's quote): the parts, each with the VAT its own lines contain, carrying the one fee and
     * the tip as placing would. Nothing is written or held.
     */
    public Quote quote(long customerId, GroupPriceRequest request) {
        requireEachStoreOnce(request.parts());
        requireAhead(request.scheduledFor());
        List<Checkout.Part> priced = new ArrayList<>();
        for (PlaceGroupOrder.Part part : request.parts()) {
            priced.add(checkout.quotePart(customerId, part.storeId(), part.lines(), request.latitude(),
                    request.longitude(), request.scheduledFor()));
        }
        List<Order> parts = priced.stream().map(Checkout.Part::order).toList();
        requireOneCurrency(parts);
        shareDelivery(parts, request.latitude(), request.longitude(), highestFee(parts), request.tipMinor());
        Discounted discounted = discount(priced, request.couponCode());
        return new Quote(parts, parts.stream().map(Order::linesVat).toList(),
                priced.stream().mapToInt(Checkout.Part::deliveryMinutes).max().orElse(0),
                discounted.offers().stream().map(Checkout.Offers::considered).toList(), discounted.notice());
    }

    /**
     * A multi-store order priced and never saved: its parts, the VAT of each part's lines (after their discounts), the
     * longest delivery, the promotions considered for each part and a notice key when they could not be (null
     * otherwise).
     */
    public record Quote(List<Order> parts, List<List<VatShare>> linesVat, int deliveryMinutes,
                        List<List<PriceBreakdown.Offer>> offers, String promotionNotice) {
    }

    private List<Order> price(long customerId, PlaceGroupOrder request) {
        List<Checkout.Part> priced = new ArrayList<>();
        for (PlaceGroupOrder.Part part : request.parts()) {
            priced.add(checkout.pricePart(customerId, part.storeId(), part.lines(), request.paymentMethodId(),
                    request.deliveryAddress(), request.latitude(), request.longitude(), request.scheduledFor()));
        }
        List<Order> parts = priced.stream().map(Checkout.Part::order).toList();
        requireOneCurrency(parts);
        shareDelivery(parts, request.latitude(), request.longitude(), highestFee(parts), request.tipMinor());
        Discounted discounted = discount(priced, request.couponCode());
        Checkout.requireChecked(discounted.notice());
        Checkout.requireCoupon(request.couponCode(),
                discounted.offers().stream().flatMap(o -> o.considered().stream()).toList());
        return parts;
    }

    /**
     * Gives every part its discounts as one store's checkout would, the coupon (null: none) tried on the parts in order
     * until it applies to one: the parts after it are asked without it, so it is used once for the whole order. When
     * promotion cannot answer while the coupon is still to be tried, it is tried no further and the notice says so.
     */
    private Discounted discount(List<Checkout.Part> parts, String couponCode) {
        String coupon = couponCode == null || couponCode.isBlank() ? null : couponCode.strip();
        String notice = null;
        List<Checkout.Offers> offers = new ArrayList<>();
        for (Checkout.Part part : parts) {
            Checkout.Offers given = checkout.discount(part.order(), part.shelfByProduct(), coupon);
            offers.add(given);
            if (given.notice() != null) {
                notice = given.notice();
            }
            if (given.notice() != null || part.order().getCouponCode() != null) {
                coupon = null;
            }
        }
        return new Discounted(offers, notice);
    }

    private record Discounted(List<Checkout.Offers> offers, String notice) {
    }

    private static void requireEachStoreOnce(List<PlaceGroupOrder.Part> parts) {
        if (parts.stream().map(PlaceGroupOrder.Part::storeId).distinct().count() != parts.size()) {
            throw ProblemException.invalid("problem.orderGroup.storeTwice", "each store is one part of the order, once");
        }
    }

    /** A slot asked for is still to come (whether every store offers it, pricing each part tells). */
    private void requireAhead(Instant scheduledFor) {
        if (scheduledFor != null && !scheduledFor.isAfter(clock.instant())) {
            throw ProblemException.invalid("problem.order.slotPast", "the slot " + scheduledFor + " has begun already");
        }
    }

    private static void requireOneCurrency(List<Order> parts) {
        String currency = parts.get(0).getCurrency();
        if (parts.stream().anyMatch(p -> !p.getCurrency().equals(currency))) {
            throw ProblemException.conflict("problem.orderGroup.currencies",
                    "the stores of one order must sell in the same currency");
        }
    }

    /** The one delivery's fee: the highest any of the stores quotes for the place. */
    private static Money highestFee(List<Order> parts) {
        return parts.stream().map(Order::getDeliveryFee)
                .max((a, b) -> Long.compare(a.getAmountMinor(), b.getAmountMinor())).orElseThrow();
    }

    /** The fee and the tip on the first part, none on the others (see {@link OrderGroup}). */
    private static void shareDelivery(List<Order> parts, Double latitude, Double longitude, Money fee, Long tipMinor) {
        String currency = parts.get(0).getCurrency();
        for (Order part : parts) {
            part.deliverTo(latitude, longitude, part == parts.get(0) ? fee : Money.of(0, currency));
        }
        parts.get(0).tip(Money.of(tipMinor == null ? 0 : tipMinor, currency));
    }

    /** Takes the group's remaining steps; each is idempotent (stock by part, the payment by group). */
    OrderGroup complete(OrderGroup group) {
        return complete(group, null);
    }

    /** As {@link #complete(OrderGroup)}; {@code authenticatedGroupId} names the group whose challenge was answered. */
    private OrderGroup complete(OrderGroup group, Long authenticatedGroupId) {
        long groupId = group.getId();
        try {
            List<Order> parts = steps.parts(groupId);
            for (Order part : parts) {
                if (!part.getDiscounts().isEmpty()) {
                    promotions.reserve(part);
                }
            }
            for (Order part : parts) {
                catalog.reserve(part.getCustomerId(), part.getId(), part.getLines().stream()
                        .map(l -> new PlaceOrder.Line(l.getProductId(), l.getQuantity())).toList(),
                        part.getScheduledFor());
            }
            long authorization = payments.authorizeGroup(group.getCustomerId(), groupId, group.getPaymentMethodId(),
                    OrderGroup.total(parts), authenticatedGroupId);
            OrderGroup placed = steps.place(groupId, authorization);
            if (placed.getStatus() == OrderStatus.FAILED) {
                throw failure(placed);
            }
            return placed;
        } catch (ProblemException refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            OrderGroup failed = steps.fail(groupId, refused.status(), refused.code());
            try {
                giveBack(failed);
            } catch (RuntimeException notNow) {
                LOG.log(Level.WARNING, "what failed order group " + groupId + " held is given back by the recovery",
                        notNow);
            }
            throw refused;
        } catch (RuntimeException unknown) {
            throw ProblemException.unavailable("problem.order.pending", "order group " + groupId + " is being placed;"
                    + " the outcome of a step is not known yet: retry with the same Idempotency-Key")
                    .withError("groupId", groupId);
        }
    }

    private Placement answerAgain(OrderGroup earlier, String fingerprint) {
        if (!earlier.isMatchedBy(fingerprint)) {
            throw new ProblemException(422, "problem.idempotencyKeyReused",
                    "this Idempotency-Key was used for a different order");
        }
        OrderGroup now = earlier;
        Instant waitUntil = clock.instant().plus(Checkout.WAIT_FOR_CONCURRENT);
        while (now.getStatus() == OrderStatus.PENDING && !isInterrupted(now) && clock.instant().isBefore(waitUntil)) {
            Checkout.sleep();
            now = steps.get(now.getId());
        }
        if (now.getStatus() == OrderStatus.PENDING && isInterrupted(now)) {
            now = complete(now);
        }
        if (now.getStatus() == OrderStatus.FAILED) {
            throw failure(now);
        }
        return new Placement(now, steps.parts(now.getId()), false);
    }

    private boolean isInterrupted(OrderGroup pending) {
        return pending.getUpdatedAt().isBefore(clock.instant().minus(resumeAfter));
    }

    private static ProblemException failure(OrderGroup failed) {
        return new ProblemException(failed.getFailureStatus(), failed.getFailureCode(),
                "order group " + failed.getId() + " was not placed: " + failed.getFailureCode());
    }

    static String fingerprint(PlaceGroupOrder request) {
        String canonical = request.paymentMethodId() + "|" + request.deliveryAddress() + "|"
                + request.parts().stream().map(p -> p.storeId() + ":" + p.lines().stream()
                        .map(l -> l.productId() + "x" + l.quantity() + l.optionIds().stream().sorted()
                                .map(String::valueOf).collect(Collectors.joining("+", "[", "]")))
                        .collect(Collectors.joining(","))).collect(Collectors.joining(";"))
                + "|@" + request.latitude() + "," + request.longitude() + "|tip" + request.tipMinor()
                // only when given, so that an order for as soon as possible keeps the fingerprint it had before
                + (request.scheduledFor() == null ? "" : "|slot" + request.scheduledFor())
                + (request.couponCode() == null || request.couponCode().isBlank() ? ""
                        : "|coupon" + request.couponCode().strip().toUpperCase(Locale.ROOT));
        return Checkout.sha256(canonical);
    }
}
