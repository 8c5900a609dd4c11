package io.quartier.ordering.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A discount an order got from a promotion, as promotion quoted it at checkout: the promotion, its kind, the coupon's
 * code (null for an automatic discount), who funds it (MERCHANT or PLATFORM) and what it took off.
 */
@Embeddable
public class OrderDiscount {

    @Column(name = "promotion_id", nullable = false)
    private long promotionId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 10)
    private String funder;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected OrderDiscount() {
    }

    public OrderDiscount(long promotionId, String kind, String code, String funder, long amountMinor) {
        this.promotionId = promotionId;
        this.kind = kind;
        this.code = code;
        this.funder = funder;
        this.amountMinor = amountMinor;
    }

    /** Whether it comes off the delivery fee (a free delivery) rather than off the lines. */
    public boolean onDeliveryFee() {
        return "FREE_DELIVERY".equals(kind);
    }

    public long getPromotionId() {
        return promotionId;
    }

    public String getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getFunder() {
        return funder;
    }

    public long getAmountMinor() {
        return amountMinor;
    }
}
