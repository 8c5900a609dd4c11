package io.quartier.payment.domain.model.authorization;

import io.quartier.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An amount the gateway holds on a customer's payment method for an order, until the order is
 * delivered (capture) or abandoned (void). Created only when the gateway approved; one per
 * idempotency key of a customer.
 */
@Entity
@Table(name = "payment_authorization",
        uniqueConstraints = @UniqueConstraint(columnNames = {"customer_id", "idempotency_key"}))
public class Authorization {

    @Id
    @SequenceGenerator(name = "payment_authorization_seq", sequenceName = "payment_authorization_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_authorization_seq")
    private Long id;

    @Column(name = "order_reference", nullable = false, length = 64)
    private String orderReference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "payment_method_id", nullable = false)
    private long paymentMethodId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AuthorizationStatus status;

    /** The gateway's hold; null while the gateway was not heard yet (AUTHORIZING). */
    @Column(name = "gateway_reference", length = 100)
    private String gatewayReference;

    /**
     * The reference the gateway is asked to hold under (the order's, or the one whose 3-D Secure challenge the customer
     * answered), kept so that an attempt a crash interrupted is asked again under the same key.
     */
    @Column(name = "attempt_reference", length = 64)
    private String attemptReference;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "captured_at")
    private Instant capturedAt;

    /** When its order was seen placed (OrderPlaced); null while the order may still not exist. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** When its order was delivered: from then on the hold is due for capture (null before). */
    @Column(name = "capture_due_at")
    private Instant captureDueAt;

    /** The merchant and courier (0: none) of the delivered order, known once it is due for capture. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "courier_id")
    private Long courierId;

    /** Held in the customer's Quartier wallet (its payment method) rather than at the card gateway. */
    @Column(name = "from_wallet", nullable = false)
    private boolean fromWallet;

    /** The hold of a multi-store order this part was taken out of; null for a hold of its own. */
    @Column(name = "group_authorization_id")
    private Long groupAuthorizationId;

    /**
     * When its order was seen rejected, cancelled or gone: from then on the hold is to be released at the gateway, after
     * this transaction commits and outside any (null before). A hold due for void is never captured.
     */
    @Column(name = "void_due_at")
    private Instant voidDueAt;

    /** What a multi-store order's hold, due for capture, takes at the gateway (its delivered orders' sum); else null. */
    @Column(name = "take_minor")
    private Long takeMinor;

    /**
     * When its order was accepted, with payment set to take the money then ({@code payment.capture.at=ACCEPTANCE}):
     * from then on the gateway is to capture the hold early, while the sale is still kept at delivery (null before).
     */
    @Column(name = "take_due_at")
    private Instant takeDueAt;

    /** When the gateway captured the hold early (at acceptance); null before, and for a hold captured at delivery. */
    @Column(name = "taken_at")
    private Instant takenAt;

    @Version
    private long version;

    protected Authorization() {
    }

    public Authorization(String orderReference, long customerId, long paymentMethodId, Money amount,
                         String gatewayReference, String idempotencyKey, String requestFingerprint, Instant createdAt) {
        this.orderReference = orderReference;
        this.customerId = customerId;
        this.paymentMethodId = paymentMethodId;
        this.amountMinor = amount.getAmountMinor();
        this.currency = amount.getCurrency();
        this.status = AuthorizationStatus.AUTHORIZED;
        this.gatewayReference = gatewayReference;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
    }

    /** A hold of the customer's wallet (its payment method {@code walletId}), not at the gateway. */
    public static Authorization ofWallet(String orderReference, long customerId, long walletId, Money amount,
                                         String reference, String idempotencyKey, String requestFingerprint,
                                         Instant createdAt) {
        Authorization hold = new Authorization(orderReference, customerId, walletId, amount, reference, idempotencyKey,
                requestFingerprint, createdAt);
        hold.fromWallet = true;
        return hold;
    }

    /**
     * An attempt to hold {@code amount} on a card, recorded (AUTHORIZING) and committed before the gateway is asked, so
     * that no gateway call runs in a transaction: its answer is recorded by {@link #held}, or the attempt removed when
     * the gateway declines. One a crash left AUTHORIZING is asked again, under the same key, by the clock.
     */
    public static Authorization attempt(String orderReference, long customerId, long methodId, Money amount,
                                        String attemptReference, String idempotencyKey, String requestFingerprint,
                                        Instant createdAt) {
        Authorization attempt = new Authorization(orderReference, customerId, methodId, amount, null, idempotencyKey,
                requestFingerprint, createdAt);
        attempt.status = AuthorizationStatus.AUTHORIZING;
        attempt.attemptReference = attemptReference;
        return attempt;
    }

    /** The gateway holds the amount under {@code reference}: the attempt is a hold. */
    public void held(String reference) {
        if (status != AuthorizationStatus.AUTHORIZING || reference == null) {
            throw new IllegalStateException("authorization " + id + " is " + status + ", not an attempt to hold");
        }
        status = AuthorizationStatus.AUTHORIZED;
        gatewayReference = reference;
    }

    /** Recorded before the gateway was asked, and its answer not recorded yet. */
    public boolean isAttempt() {
        return status == AuthorizationStatus.AUTHORIZING;
    }

    public String getAttemptReference() {
        return attemptReference;
    }

    public boolean isFromWallet() {
        return fromWallet;
    }

    /**
     * What one delivered order ({@code orderReference}) of this multi-store order's hold charged, as a hold of its own
     * already confirmed and due for capture: its capture takes nothing more at the gateway (the group's took it all at
     * once) but makes the order's sale and ledger entries, as an order paid alone does.
     */
    public Authorization part(String orderReference, long partMinor, long merchant, long courier, Instant at) {
        if (partMinor <= 0) {
            throw new IllegalArgumentException("a part of hold " + id + " charges something, not " + partMinor);
        }
        Authorization part = new Authorization(orderReference, customerId, paymentMethodId, Money.of(partMinor, currency),
                gatewayReference, "part:" + orderReference, requestFingerprint, at);
        part.fromWallet = fromWallet;
        part.groupAuthorizationId = id;
        part.confirmedAt = at;
        part.dueForCapture(merchant, courier, at);
        return part;
    }

    /** The multi-store order's hold this part was taken out of; null for a hold of its own. */
    public Long getGroupAuthorizationId() {
        return groupAuthorizationId;
    }

    /** Whether the money was taken at the gateway (or from the wallet) by the multi-store order's hold. */
    public boolean isPartOfGroup() {
        return groupAuthorizationId != null;
    }

    /**
     * A multi-store order's hold is taken once, for what its delivered orders charged ({@code takenMinor}, at most
     * what it holds); the rest is released with it. Its parts carry the sales.
     */
    public void captureForParts(long takenMinor, Instant at) {
        if (takenMinor <= 0 || takenMinor > amountMinor) {
            throw new IllegalStateException("hold " + id + " of " + amountMinor + " cannot give " + takenMinor);
        }
        capture(at);
    }

    /**
     * Whether a request that came with this authorization's idempotency key is a retry of the request
     * that created it (answer with this authorization) rather than a different request reusing the key (refuse).
     */
    public boolean isRetryOf(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    /** Its order exists: the hold is kept until the order is delivered or cancelled. */
    public void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    /**
     * A hold whose order never appeared (the checkout failed after the gateway said yes, or the caller was
     * killed) must be released: true when still held, unconfirmed, and older than {@code before}.
     */
    public boolean isAbandonedBy(Instant before) {
        return status == AuthorizationStatus.AUTHORIZED && confirmedAt == null && voidDueAt == null
                && createdAt.isBefore(before);
    }

    /**
     * A multi-store order's hold is to take {@code takeMinor} (at most what it holds) at the gateway, once this
     * transaction commits; its parts wait for that capture before they keep their sales.
     */
    public void dueForGroupCapture(long takeMinor, Instant at) {
        if (takeMinor <= 0 || takeMinor > amountMinor) {
            throw new IllegalStateException("hold " + id + " of " + amountMinor + " cannot give " + takeMinor);
        }
        dueForCapture(0, 0, at);
        this.takeMinor = takeMinor;
    }

    /** What the capture takes at the gateway: what a multi-store order's delivered orders charged, else the hold. */
    public Money toTake() {
        return Money.of(takeMinor == null ? amountMinor : takeMinor, currency);
    }

    /** Its order was delivered by {@code courierId} (0: none) for {@code merchantId}: the hold is to be captured. */
    public void dueForCapture(long merchant, long courier, Instant at) {
        requireAuthorized("capture");
        if (voidDueAt != null) {
            throw new IllegalStateException("cannot capture authorization " + id + ": it is being released");
        }
        if (captureDueAt == null) {
            captureDueAt = at;
            merchantId = merchant;
            courierId = courier;
        }
    }

    /**
     * Its order was accepted and payment takes the money then: the gateway is to capture a card's hold of its own
     * early (the sale and its ledger entry still wait for delivery). False, and nothing changes, for a wallet's hold
     * (the money is the platform's already), a multi-store order's part, or a hold being released.
     */
    public boolean dueForTaking(Instant at) {
        if (status != AuthorizationStatus.AUTHORIZED || fromWallet || groupAuthorizationId != null || voidDueAt != null) {
            return false;
        }
        if (takeDueAt == null) {
            takeDueAt = at;
        }
        return true;
    }

    /** To be captured early at the gateway, and not captured there yet. */
    public boolean isDueForTaking() {
        return status == AuthorizationStatus.AUTHORIZED && takeDueAt != null && takenAt == null && voidDueAt == null;
    }

    /** The gateway captured the hold early. */
    public void taken(Instant at) {
        if (takenAt == null) {
            takenAt = at;
        }
    }

    /**
     * The gateway was asked to capture the hold early (it may have, even if its answer was not recorded): releasing it
     * is then a refund at the gateway, not a void.
     */
    public boolean mayBeTaken() {
        return takeDueAt != null;
    }

    public Instant getTakeDueAt() {
        return takeDueAt;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public boolean isDueForCapture() {
        return status == AuthorizationStatus.AUTHORIZED && captureDueAt != null && voidDueAt == null;
    }

    /**
     * Its order will not be charged: the hold is to be released at the gateway once this transaction commits. False
     * (and nothing changes) when the hold is due for capture: the gateway may have taken it already.
     */
    public boolean dueForVoid(Instant at) {
        requireAuthorized("void");
        if (isDueForCapture()) {
            return false;
        }
        if (voidDueAt == null) {
            voidDueAt = at;
        }
        return true;
    }

    public boolean isDueForVoid() {
        return status == AuthorizationStatus.AUTHORIZED && voidDueAt != null;
    }

    public Instant getVoidDueAt() {
        return voidDueAt;
    }

    public void capture(Instant at) {
        requireAuthorized("capture");
        status = AuthorizationStatus.CAPTURED;
        capturedAt = at;
    }

    public void voidHold() {
        requireAuthorized("void");
        status = AuthorizationStatus.VOIDED;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    private void requireAuthorized(String action) {
        if (status != AuthorizationStatus.AUTHORIZED) {
            throw new IllegalStateException("cannot " + action + " authorization " + id + ": it is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getPaymentMethodId() {
        return paymentMethodId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public AuthorizationStatus getStatus() {
        return status;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public Instant getCaptureDueAt() {
        return captureDueAt;
    }

    public long getMerchantId() {
        return merchantId == null ? 0 : merchantId;
    }

    public long getCourierId() {
        return courierId == null ? 0 : courierId;
    }
}
