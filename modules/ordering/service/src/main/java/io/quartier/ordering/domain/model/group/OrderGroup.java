package io.quartier.ordering.domain.model.group;

import io.quartier.kernel.Money;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.domain.model.order.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A multi-store order: one basket ordered from several stores at once, one {@link Order} per store (its part, worked
 * by its own merchant with its own life and events), one payment authorization for the sum of the parts, one
 * delivery place, one delivery fee and one tip. The fee and the tip are carried by one part, the first one still
 * standing, so that each part's total is what it charges and the group's total is the sum of its parts: when the
 * carrying part is rejected or cancelled, another part standing takes them over ({@link #handOverDelivery}).
 * <p>
 * A merchant rejecting its part leaves the customer a choice ({@link #isChoicePending}): go on without it (only the
 * parts still standing are charged) or cancel the rest ({@link #cancel}, under an order's own rules). The parts are
 * passed in: the group keeps what only it knows (its checkout, its payment, the rejections the customer answered).
 */
@Entity
@Table(name = "order_group")
public class OrderGroup {

    /** A part's statuses after which it charges nothing (its share of the payment is released). */
    private static final Set<OrderStatus> DROPPED = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED);

    /** A part's statuses after which nothing happens to it any more. */
    private static final Set<OrderStatus> OVER = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED,
            OrderStatus.DELIVERED, OrderStatus.FAILED, OrderStatus.DELIVERY_FAILED);

    @Id
    @SequenceGenerator(name = "order_group_seq", sequenceName = "order_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_group_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    /** PENDING while checkout runs, then PLACED or FAILED (the statuses an order's checkout has). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_method_id", nullable = false)
    private long paymentMethodId;

    @Column(name = "payment_authorization_id")
    private Long paymentAuthorizationId;

    @Column(name = "failure_code", length = 80)
    private String failureCode;

    @Column(name = "failure_status")
    private Integer failureStatus;

    /** How many rejected parts the customer has answered (gone on without them). */
    @Column(name = "answered_rejections", nullable = false)
    private int answeredRejections;

    /** When every part was over and payment was told what to take; null until then. */
    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrderGroup() {
    }

    public OrderGroup(long customerId, String idempotencyKey, String requestFingerprint, String currency,
                      long paymentMethodId, Instant now) {
        this.customerId = customerId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.currency = currency;
        this.paymentMethodId = paymentMethodId;
        this.status = OrderStatus.PENDING;
        this.placedAt = now;
        this.updatedAt = now;
    }

    /** What the customer pays for the whole basket: the sum of the parts' totals (fee and tip are on one of them). */
    public static Money total(List<Order> parts) {
        return parts.stream().map(Order::total).reduce(Money::plus).orElseThrow();
    }

    /** What the parts still standing charge (a rejected or cancelled part charges nothing). */
    public Money charged(List<Order> parts) {
        return parts.stream().filter(p -> !DROPPED.contains(p.getStatus())).map(Order::total)
                .reduce(Money.of(0, currency), Money::plus);
    }

    /** Checkout's last step: every part's stock is held and the payment for the group authorised. */
    public void placed(long authorizationId, Instant now) {
        requirePending();
        status = OrderStatus.PLACED;
        paymentAuthorizationId = authorizationId;
        updatedAt = now;
    }

    /** A checkout step refused for one part or for the payment: nothing of the group is placed. */
    public void failed(int problemStatus, String problemCode, Instant now) {
        requirePending();
        status = OrderStatus.FAILED;
        failureStatus = problemStatus;
        failureCode = problemCode;
        updatedAt = now;
    }

    /**
     * A failed group gives its checkout's idempotency key up, so that the checkout asked again with it makes a new group
     * (the customer answered the bank's 3-D Secure challenge meanwhile), as a failed order does. Only a failed group.
     */
    public void retireKey() {
        if (status != OrderStatus.FAILED) {
            throw new IllegalStateException("order group " + id + " is " + status + ": only a failed group gives its key up");
        }
        idempotencyKey = "retired:" + id;
    }

    /** Whether a merchant rejected its part and the customer has not said yet what to do, with a part to go on with. */
    public boolean isChoicePending(List<Order> parts) {
        return rejected(parts) > answeredRejections && parts.stream().anyMatch(p -> !OVER.contains(p.getStatus()));
    }

    /**
     * The customer goes on without the rejected parts. Asked again for the same rejections, nothing changes.
     *
     * @throws DomainException conflict {@code problem.orderGroup.noChoice} when no rejection waits for an answer
     */
    public void goOn(List<Order> parts, Instant now) {
        if (!isChoicePending(parts)) {
            throw DomainException.conflict("problem.orderGroup.noChoice",
                    "order group " + id + " has no rejected part waiting for the customer's answer");
        }
        answeredRejections = rejected(parts);
        updatedAt = now;
    }

    /**
     * Cancels every part still standing, by the customer's own rules for an order: all or none (one part accepted
     * refuses it). Returns the parts cancelled.
     *
     * @throws DomainException conflict {@code problem.orderGroup.nothingToCancel} when every part is over already
     */
    public List<Order> cancel(List<Order> parts, Instant now) {
        List<Order> standing = parts.stream().filter(p -> !OVER.contains(p.getStatus())).toList();
        if (status != OrderStatus.PLACED || standing.isEmpty()) {
            throw DomainException.conflict("problem.orderGroup.nothingToCancel",
                    "order group " + id + " has no part left to cancel");
        }
        standing.stream().filter(p -> p.getStatus() != OrderStatus.PLACED && p.getStatus() != OrderStatus.SCHEDULED)
                .findFirst().ifPresent(accepted -> {
                    throw DomainException.conflict("problem.order.alreadyAccepted", "order " + accepted.getId()
                            + " of group " + id + " was accepted by its merchant: ask support to cancel it");
                });
        standing.forEach(Order::cancelByCustomer);
        answeredRejections = rejected(parts);
        updatedAt = now;
        return standing;
    }

    /**
     * A part just left the running without being delivered: when it carried the delivery fee and the tip, the first
     * part still standing takes them over (the courier still comes for it). Returns the part that took them, if any.
     */
    public static Optional<Order> handOverDelivery(Order dropped, List<Order> parts) {
        if (!DROPPED.contains(dropped.getStatus()) || !dropped.carriesDelivery()) {
            return Optional.empty();
        }
        Optional<Order> heir = parts.stream().filter(p -> !OVER.contains(p.getStatus()))
                .min(Comparator.comparing(Order::getId));
        heir.ifPresent(dropped::handDeliveryTo);
        return heir;
    }

    /**
     * Every part is over and payment has not been told yet: true once, when it now is (the caller then tells payment
     * which parts were delivered).
     */
    public boolean settleIfOver(List<Order> parts, Instant now) {
        if (status != OrderStatus.PLACED || settledAt != null || !parts.stream().allMatch(p -> OVER.contains(p.getStatus()))) {
            return false;
        }
        settledAt = now;
        updatedAt = now;
        return true;
    }

    public boolean isMatchedBy(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    private static int rejected(List<Order> parts) {
        return (int) parts.stream().filter(p -> p.getStatus() == OrderStatus.REJECTED).count();
    }

    private void requirePending() {
        if (status != OrderStatus.PENDING) {
            throw new IllegalStateException("order group " + id + " is " + status + ", not PENDING");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public long getPaymentMethodId() {
        return paymentMethodId;
    }

    /** The one payment hold of the group; null while it is being placed. */
    public Long getPaymentAuthorizationId() {
        return paymentAuthorizationId;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public int getFailureStatus() {
        return failureStatus == null ? 409 : failureStatus;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
