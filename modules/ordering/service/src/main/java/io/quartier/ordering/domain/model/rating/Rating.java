package io.quartier.ordering.domain.model.rating;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A customer's rating of a delivered order: its store (1 to 5 stars and an optional comment) and, when a courier
 * delivered it, the courier. One per order, keyed by the order; the customer may change it for a day after first
 * rating it, then it is final.
 */
@Entity
@Table(name = "rating")
public class Rating {

    public static final Duration EDITABLE_FOR = Duration.ofDays(1);
    public static final int MAX_COMMENT = 1000;

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "courier_id")
    private Long courierId;

    @Column(name = "store_stars", nullable = false)
    private int storeStars;

    @Column(name = "store_comment", length = MAX_COMMENT)
    private String storeComment;

    @Column(name = "courier_stars")
    private Integer courierStars;

    @Column(name = "courier_comment", length = MAX_COMMENT)
    private String courierComment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Rating() {
    }

    public Rating(long orderId, long customerId, long merchantId, long storeId, Long courierId, Instant now) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.courierId = courierId;
        this.ratedAt = now;
    }

    /**
     * Sets the stars and comments: the store's are required, the courier's only when a courier delivered the order
     * (and then required too). Refused once the day to change it has passed.
     */
    public void rate(int storeStars, String storeComment, Integer courierStars, String courierComment, Instant now) {
        if (now.isAfter(ratedAt.plus(EDITABLE_FOR))) {
            throw DomainException.conflict("problem.rating.final", "order " + orderId + " was rated more than a day ago");
        }
        stars(storeStars);
        if (courierId == null && (courierStars != null || blankToNull(courierComment) != null)) {
            throw DomainException.invalid("problem.rating.noCourier", "no courier delivered order " + orderId);
        }
        if (courierId != null) {
            if (courierStars == null) {
                throw DomainException.invalid("problem.rating.stars", "rate the courier with 1 to 5 stars");
            }
            stars(courierStars);
        }
        this.storeStars = storeStars;
        this.storeComment = comment(storeComment);
        this.courierStars = courierStars;
        this.courierComment = comment(courierComment);
        this.updatedAt = now;
    }

    public boolean isEditableAt(Instant now) {
        return !now.isAfter(ratedAt.plus(EDITABLE_FOR));
    }

    private static void stars(int stars) {
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("problem.rating.stars", "stars are 1 to 5, not " + stars);
        }
    }

    private static String comment(String text) {
        String comment = blankToNull(text);
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw DomainException.invalid("problem.rating.comment", "a comment has at most " + MAX_COMMENT + " characters");
        }
        return comment;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getOrderId() {
        return orderId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getStoreId() {
        return storeId;
    }

    public Long getCourierId() {
        return courierId;
    }

    public int getStoreStars() {
        return storeStars;
    }

    public String getStoreComment() {
        return storeComment;
    }

    public Integer getCourierStars() {
        return courierStars;
    }

    public String getCourierComment() {
        return courierComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
