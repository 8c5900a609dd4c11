package io.quartier.promotion.domain.model.redemption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order's use of one promotion, for the discount it gave; one per promotion and order. */
@Entity
@Table(name = "redemption")
public class Redemption {

    @Id
    @SequenceGenerator(name = "redemption_seq", sequenceName = "redemption_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redemption_seq")
    private Long id;

    @Column(name = "promotion_id", nullable = false)
    private long promotionId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    /** What the order charges with its discounts; null when ordering did not say (before it did). */
    @Column(name = "order_total_minor")
    private Long orderTotalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RedemptionStatus status;

    @Column(name = "reserved_at", nullable = false)
    private Instant reservedAt;

    protected Redemption() {
    }

    public Redemption(long promotionId, long orderId, long customerId, long amountMinor, Long orderTotalMinor,
                      String currency, Instant at) {
        this.promotionId = promotionId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.amountMinor = amountMinor;
        this.orderTotalMinor = orderTotalMinor;
        this.currency = currency;
        this.status = RedemptionStatus.RESERVED;
        this.reservedAt = at;
    }

    /** The order was placed: false when it was already confirmed or given back (a redelivered event). */
    public boolean confirm() {
        if (status != RedemptionStatus.RESERVED) {
            return false;
        }
        status = RedemptionStatus.CONFIRMED;
        return true;
    }

    /** Given back; false when it already was. */
    public boolean release() {
        if (status == RedemptionStatus.RELEASED) {
            return false;
        }
        status = RedemptionStatus.RELEASED;
        return true;
    }

    /** Held again by the same order (a checkout taken up again after its use was given back). */
    public void reserveAgain(long amountMinor, Long orderTotalMinor, Instant at) {
        this.amountMinor = amountMinor;
        this.orderTotalMinor = orderTotalMinor;
        this.status = RedemptionStatus.RESERVED;
        this.reservedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPromotionId() {
        return promotionId;
    }

    public Instant getReservedAt() {
        return reservedAt;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    /** The order's total as its sales count, 0 when it is not known. */
    public long orderTotal() {
        return orderTotalMinor == null ? 0 : orderTotalMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public RedemptionStatus getStatus() {
        return status;
    }
}
