package io.quartier.payment.domain.model.wallet;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
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

/**
 * Money a customer brings into its Quartier wallet from one of its saved cards. Written PENDING before the gateway is
 * asked (one per idempotency key of the customer), then COMPLETED once the card was charged (the wallet credited and
 * the ledger posted with it) or FAILED when the gateway declined.
 */
@Entity
@Table(name = "payment_top_up")
public class TopUp {

    /** The bounds of one top-up, in minor units: no cents-sized charges, no fortune by mistake. */
    public static final long MIN_MINOR = 100;
    public static final long MAX_MINOR = 100_000;

    public enum Status { PENDING, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "payment_top_up_seq", sequenceName = "payment_top_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_top_up_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "gateway_reference", length = 100)
    private String gatewayReference;

    @Column(name = "failure_code", length = 60)
    private String failureCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected TopUp() {
    }

    public TopUp(long customerId, long walletId, long cardId, Money amount, String idempotencyKey,
                 String requestFingerprint, Instant createdAt) {
        this.customerId = customerId;
        this.walletId = walletId;
        this.cardId = cardId;
        this.amountMinor = amount.getAmountMinor();
        this.currency = amount.getCurrency();
        this.status = Status.PENDING;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
    }

    public boolean isRetryOf(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    public void complete(String reference, Instant at) {
        requirePending();
        status = Status.COMPLETED;
        gatewayReference = reference;
        completedAt = at;
    }

    public void fail(String code, Instant at) {
        requirePending();
        status = Status.FAILED;
        failureCode = code;
        completedAt = at;
    }

    /**
     * Makes a top-up the customer's bank wanted confirmed first (3-D Secure) pending again, so that the gateway is asked
     * again with the same reference once the customer answered the challenge (the answer is bound to that reference);
     * false for any other top-up, which stays as it is.
     */
    public boolean reopenAfterChallenge() {
        if (status != Status.FAILED || !GatewayDecision.AUTHENTICATION_REQUIRED.equals(failureCode)) {
            return false;
        }
        status = Status.PENDING;
        failureCode = null;
        completedAt = null;
        return true;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("top-up " + id + " is " + status);
        }
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getWalletId() {
        return walletId;
    }

    public long getCardId() {
        return cardId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public Status getStatus() {
        return status;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
