package io.quartier.ordering.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;

/**
 * An order as its customer, its merchant and platform staff see it. {@code status} is an {@link OrderStatus} name;
 * {@code acceptBy} is the merchant's deadline while it is PLACED; {@code readyBy} when the kitchen said, on accepting
 * it with {@code preparationMinutes}, that it would be ready; {@code scheduledFor} the slot's start of an order for later
 * (null: as soon as possible); {@code rejectionReason} a {@link RejectionReason}
 * name once REJECTED; {@code failureCode} the problem code of a FAILED checkout.
 * <p>
 * The price breakdown, all in {@code currency}'s minor units and VAT included: {@code subtotalMinor} (the lines),
 * {@code deliveryFeeMinor}, {@code tipMinor} (the courier's, without VAT), and {@code totalMinor}, their sum, which
 * is what payment authorises; {@code vat} the VAT they contain per rate, the delivery fee at the standard rate of
 * {@code storeCountry}. {@code storeCountry} and {@code storeTimeZone} (the zone a receipt dates the order in) are
 * null, and {@code vat} empty, for orders placed before they were kept. {@code discounts} are the promotions the
 * order used, each with who funds it; {@code discountMinor} their sum, already taken off {@code totalMinor} (empty and
 * 0 for orders without). {@code groupId} names the multi-store order (see {@link OrderGroupView}) this order is one
 * store's part of; null for an order of one store. A DELIVERY_FAILED order has the courier's
 * {@code deliveryFailureReason} (a delivery {@code DeliveryFailureReason} name) and its short
 * {@code deliveryFailureNote} (null when none).
 */
public record OrderView(long id, long customerId, long merchantId, long storeId, String storeName, String status,
                        List<Line> lines, long totalMinor, String currency, String deliveryAddress, Instant placedAt,
                        Long courierId, Long paymentAuthorizationId, Instant acceptBy, String rejectionReason,
                        String failureCode, Integer preparationMinutes, Instant readyBy, String storeAddress,
                        String storeCountry, String storeTimeZone, long subtotalMinor, long deliveryFeeMinor,
                        long tipMinor, List<Vat> vat, Instant scheduledFor, List<Discount> discounts,
                        long discountMinor, Long groupId, String deliveryFailureReason,
                        String deliveryFailureNote) {

    /** Marked for JSON-B, which needs telling which constructor reads a record with several. */
    @JsonbCreator
    public OrderView {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** An order whose delivery did not fail. */
    public OrderView(long id, long customerId, long merchantId, long storeId, String storeName, String status,
                     List<Line> lines, long totalMinor, String currency, String deliveryAddress, Instant placedAt,
                     Long courierId, Long paymentAuthorizationId, Instant acceptBy, String rejectionReason,
                     String failureCode, Integer preparationMinutes, Instant readyBy, String storeAddress,
                     String storeCountry, String storeTimeZone, long subtotalMinor, long deliveryFeeMinor,
                     long tipMinor, List<Vat> vat, Instant scheduledFor, List<Discount> discounts,
                     long discountMinor, Long groupId) {
        this(id, customerId, merchantId, storeId, storeName, status, lines, totalMinor, currency, deliveryAddress,
                placedAt, courierId, paymentAuthorizationId, acceptBy, rejectionReason, failureCode,
                preparationMinutes, readyBy, storeAddress, storeCountry, storeTimeZone, subtotalMinor,
                deliveryFeeMinor, tipMinor, vat, scheduledFor, discounts, discountMinor, groupId, null, null);
    }

    /** An order of one store only (not part of a multi-store order). */
    public OrderView(long id, long customerId, long merchantId, long storeId, String storeName, String status,
                     List<Line> lines, long totalMinor, String currency, String deliveryAddress, Instant placedAt,
                     Long courierId, Long paymentAuthorizationId, Instant acceptBy, String rejectionReason,
                     String failureCode, Integer preparationMinutes, Instant readyBy, String storeAddress,
                     String storeCountry, String storeTimeZone, long subtotalMinor, long deliveryFeeMinor,
                     long tipMinor, List<Vat> vat, Instant scheduledFor, List<Discount> discounts,
                     long discountMinor) {
        this(id, customerId, merchantId, storeId, storeName, status, lines, totalMinor, currency, deliveryAddress,
                placedAt, courierId, paymentAuthorizationId, acceptBy, rejectionReason, failureCode,
                preparationMinutes, readyBy, storeAddress, storeCountry, storeTimeZone, subtotalMinor,
                deliveryFeeMinor, tipMinor, vat, scheduledFor, discounts, discountMinor, null);
    }

    /** An order without discounts, as views were before promotions. */
    public OrderView(long id, long customerId, long merchantId, long storeId, String storeName, String status,
                     List<Line> lines, long totalMinor, String currency, String deliveryAddress, Instant placedAt,
                     Long courierId, Long paymentAuthorizationId, Instant acceptBy, String rejectionReason,
                     String failureCode, Integer preparationMinutes, Instant readyBy, String storeAddress,
                     String storeCountry, String storeTimeZone, long subtotalMinor, long deliveryFeeMinor,
                     long tipMinor, List<Vat> vat, Instant scheduledFor) {
        this(id, customerId, merchantId, storeId, storeName, status, lines, totalMinor, currency, deliveryAddress,
                placedAt, courierId, paymentAuthorizationId, acceptBy, rejectionReason, failureCode,
                preparationMinutes, readyBy, storeAddress, storeCountry, storeTimeZone, subtotalMinor,
                deliveryFeeMinor, tipMinor, vat, scheduledFor, List.of(), 0);
    }

    /** One product of the order, at the price it was placed at, with its VAT rate (null on orders from before). */
    public record Line(long productId, String name, int quantity, long unitPriceMinor, Integer vatBasisPoints) {
    }

    /** What the order charges at one VAT rate ({@code basisPoints}, 550 = 5.5 %): gross, the VAT in it, and net. */
    public record Vat(int basisPoints, long grossMinor, long vatMinor, long netMinor) {
    }

    /**
     * A discount the order got: the promotion, its kind (COUPON, FREE_DELIVERY, HAPPY_HOUR, TWO_FOR_ONE), the
     * coupon's code, who funds it (MERCHANT or PLATFORM) and how much it took off.
     */
    public record Discount(long promotionId, String kind, String code, String funder, long amountMinor) {
    }
}
