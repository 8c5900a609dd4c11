package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A 3-D Secure challenge the sandbox gateway asks for, kept by payment since the sandbox has no bank of its own. It is
 * bound to one attempt: the card's token, the amount with its currency and the order reference. The customer passes or
 * fails it once, on the challenge page; a passed one lets one authorization of that very attempt through, before it
 * expires; a failed one declines it once.
 */
@Entity
@Table(name = "payment_challenge")
public class Challenge {

    public enum Status { OPEN, PASSED, FAILED, USED }

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "gateway_token", nullable = false, length = 200)
    private String gatewayToken;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "order_reference", nullable = false, length = 64)
    private String orderReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Challenge() {
    }

    /** @param id unguessable: whoever knows it can answer the challenge, as whoever holds the bank's page can */
    public Challenge(String id, String gatewayToken, Money amount, String orderReference, Instant now, Instant expiresAt) {
        this.id = id;
        this.gatewayToken = gatewayToken;
        this.amountMinor = amount.getAmountMinor();
        this.currency = amount.getCurrency();
        this.orderReference = orderReference;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the challenge was asked for exactly this attempt. */
    public boolean isFor(String token, Money amount, String reference) {
        return gatewayToken.equals(token) && amountMinor == amount.getAmountMinor()
                && currency.equals(amount.getCurrency()) && orderReference.equals(reference);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The customer's answer on the challenge page; false, changing nothing, when it was answered before or has
     * expired.
     */
    public boolean decide(boolean passed, Instant now) {
        if (status != Status.OPEN || isExpired(now)) {
            return false;
        }
        status = passed ? Status.PASSED : Status.FAILED;
        decidedAt = now;
        return true;
    }

    /**
     * Takes the customer's answer for an authorization of the attempt: true when it was passed (the authorization goes
     * through), false when it was failed; either way it cannot be taken again. Throws when there is no answer to take.
     */
    public boolean use(Instant now) {
        if (!isAnswered(now)) {
            throw new IllegalStateException("challenge " + id + " has no answer to take");
        }
        boolean passed = status == Status.PASSED;
        status = Status.USED;
        usedAt = now;
        return passed;
    }

    /** Still waiting for the customer's answer: open and not expired. */
    public boolean isOpen(Instant now) {
        return status == Status.OPEN && !isExpired(now);
    }

    /** Passed or failed, not yet used, not expired. */
    public boolean isAnswered(Instant now) {
        return (status == Status.PASSED || status == Status.FAILED) && !isExpired(now);
    }

    public String getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }
}
