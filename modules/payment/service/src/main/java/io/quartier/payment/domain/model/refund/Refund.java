package io.quartier.payment.domain.model.refund;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.sale.Charges;
import io.quartier.payment.domain.model.sale.Fault;
import io.quartier.payment.domain.model.sale.RefundParts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Money given back on a captured order. Written PENDING before the gateway is asked, so that it counts against what
 * is left to refund while the gateway answers; COMPLETED (and posted in the ledger) or FAILED once it did. One per
 * idempotency key of an order.
 */
@Entity
@Table(name = "payment_refund")
public class Refund {

    @Id
    @SequenceGenerator(name = "payment_refund_seq", sequenceName = "payment_refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_seq")
    private Long id;

    @Column(name = "authorization_id", nullable = false)
    private long authorizationId;

    @Column(name = "order_reference", nullable = false, length = 64)
    private String orderReference;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Fault fault;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RefundStatus status;

    @Embedded
    private Charges given;

    @Column(name = "commission_minor", nullable = false)
    private long commissionMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_refund_line", joinColumns = @JoinColumn(name = "refund_id"))
    @MapKeyColumn(name = "line_no")
    @Column(name = "quantity")
    private Map<Integer, Integer> lines = new HashMap<>();

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(length = 500)
    private String reason;

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

    protected Refund() {
    }

    public Refund(long authorizationId, String orderReference, String idempotencyKey, String requestFingerprint,
                  Fault fault, RefundParts parts, String currency, long requestedBy, String reason, Instant createdAt) {
        this.authorizationId = authorizationId;
        this.orderReference = orderReference;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.fault = fault;
        this.status = RefundStatus.PENDING;
        this.given = new Charges(parts.itemsGrossMinor(), parts.itemsVatMinor(), parts.feeGrossMinor(),
                parts.feeVatMinor(), parts.tipMinor());
        this.commissionMinor = parts.commissionMinor();
        this.lines = new HashMap<>(parts.lines());
        this.currency = currency;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    /** Whether a request with this refund's key asks for the same refund (a retry) rather than another. */
    public boolean isRetryOf(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    public void complete(String reference, Instant at) {
        requirePending("complete");
        status = RefundStatus.COMPLETED;
        gatewayReference = reference;
        completedAt = at;
    }

    public void fail(String code, Instant at) {
        requirePending("fail");
        status = RefundStatus.FAILED;
        failureCode = code;
        completedAt = at;
    }

    /** What it gives back, part by part; nothing once it failed. */
    public RefundParts parts() {
        return status == RefundStatus.FAILED ? RefundParts.NONE
                : new RefundParts(given.getItemsGrossMinor(), given.getItemsVatMinor(), given.getFeeGrossMinor(),
                given.getFeeVatMinor(), given.getTipMinor(), commissionMinor, lines);
    }

    public Money amount() {
        return Money.of(given.totalMinor(), currency);
    }

    private void requirePending(String action) {
        if (status != RefundStatus.PENDING) {
            throw new IllegalStateException("cannot " + action + " refund " + id + ": it is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getAuthorizationId() {
        return authorizationId;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Fault getFault() {
        return fault;
    }

    public RefundStatus getStatus() {
        return status;
    }

    /** What it gives back, part by part, as asked (also when it failed). */
    public Charges getGiven() {
        return given;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
