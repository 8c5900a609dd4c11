package io.quartier.promotion.domain.model.promotion;

import io.quartier.kernel.domain.DomainException;
import io.quartier.promotion.api.PromotionTexts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A coupon or an automatic discount, with its terms and its uses. {@link #used} counts the orders holding a use
 * (reserved at checkout, given back when the order fails, is cancelled or rejected) and never passes
 * {@link #totalLimit}: uses are taken with the row locked. {@link #redeemed} and {@link #discountTotalMinor} count
 * placed orders only, for the merchant to follow.
 */
@Entity
@Table(name = "promotion")
public class Promotion {

    /** A coupon's code: 3 to 40 letters, digits, '-' or '_'. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{3,40}");
    /** Larger amounts are slips: 1,000,000.00 in a currency of two decimals. */
    static final long MAX_AMOUNT_MINOR = 100_000_000L;
    static final int MAX_LIMIT = 1_000_000;
    static final int MAX_STORES = 100;
    /** The years a validity may name: a date the database keeps, none a person would mean outside them. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2999;
    private static final String YEARS = FIRST_YEAR + " to " + LAST_YEAR;

    @Id
    @SequenceGenerator(name = "promotion_seq", sequenceName = "promotion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PromotionKind kind;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Funder funder;

    @Column(length = 40)
    private String code;

    @Column(name = "discount_type", length = 10)
    private String discountType;

    private Integer percent;

    @Column(name = "amount_minor")
    private Long amountMinor;

    @Column(length = 3)
    private String currency;

    @Column(name = "minimum_basket_minor", nullable = false)
    private long minimumBasketMinor;

    @Column(name = "first_order_only", nullable = false)
    private boolean firstOrderOnly;

    @Column(name = "per_customer_limit")
    private Integer perCustomerLimit;

    @Column(name = "total_limit")
    private Integer totalLimit;

    @Column(nullable = false)
    private int used;

    @Column(name = "valid_from")
    private LocalDateTime validFrom;

    @Column(name = "valid_until")
    private LocalDateTime validUntil;

    /** Minutes after midnight (store time) a happy hour starts and ends; it may run past midnight. */
    @Column(name = "happy_from_minute")
    private Integer happyFromMinute;

    @Column(name = "happy_until_minute")
    private Integer happyUntilMinute;

    @Column(name = "shelf_id")
    private Long shelfId;

    @Column(name = "product_id")
    private Long productId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_store", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "store_id")
    private Set<Long> storeIds = new HashSet<>();

    @Column(nullable = false)
    private boolean paused;

    @Column(nullable = false)
    private int redeemed;

    @Column(name = "discount_total_minor", nullable = false)
    private long discountTotalMinor;

    /** What the orders that redeemed it charged, so a merchant weighs its cost against the sales it brought. */
    @Column(name = "sales_total_minor", nullable = false)
    private long salesTotalMinor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Promotion() {
    }

    /**
     * A new promotion on these terms.
     *
     * @throws DomainException invalid {@code problem.promotion.invalid} with the term at fault in {@code errors.field}
     */
    public static Promotion create(Terms terms, Instant now) {
        Promotion p = new Promotion();
        require(terms.kind() != null, "kind", "a promotion has a kind");
        require(terms.funder() != null, "funder", "a promotion has a funder");
        require(terms.funder() == Funder.PLATFORM || terms.merchantId() != null, "merchantId",
                "a promotion a merchant funds is for that merchant's stores");
        p.kind = terms.kind();
        p.merchantId = terms.merchantId();
        p.funder = terms.funder();
        p.currency = terms.currency() == null ? null : terms.currency().toUpperCase(Locale.ROOT);
        require(p.currency == null || p.currency.matches("[A-Z]{3}"), "currency", "a currency is an ISO 4217 code");
        require(terms.minimumBasketMinor() >= 0 && terms.minimumBasketMinor() <= MAX_AMOUNT_MINOR, "minimumBasketMinor",
                "a minimum basket is 0 to " + MAX_AMOUNT_MINOR);
        require(terms.minimumBasketMinor() == 0 || p.currency != null, "currency", "a minimum basket has a currency");
        p.minimumBasketMinor = terms.minimumBasketMinor();
        p.firstOrderOnly = terms.firstOrderOnly();
        require(terms.perCustomerLimit() == null || terms.perCustomerLimit() > 0 && terms.perCustomerLimit() <= MAX_LIMIT,
                "perCustomerLimit", "a limit is 1 to " + MAX_LIMIT);
        require(terms.totalLimit() == null || terms.totalLimit() > 0 && terms.totalLimit() <= MAX_LIMIT,
                "totalLimit", "a limit is 1 to " + MAX_LIMIT);
        p.perCustomerLimit = terms.perCustomerLimit();
        p.totalLimit = terms.totalLimit();
        require(terms.merchantId() == null || terms.merchantId() > 0, "merchantId", "a merchant id is positive");
        require(withinYears(terms.validFrom()), "validFrom", "a promotion starts in the years " + YEARS);
        require(withinYears(terms.validUntil()), "validUntil", "a promotion ends in the years " + YEARS);
        require(terms.validFrom() == null || terms.validUntil() == null || terms.validFrom().isBefore(terms.validUntil()),
                "validUntil", "a promotion ends after it starts");
        p.validFrom = terms.validFrom();
        p.validUntil = terms.validUntil();
        Set<Long> stores = terms.storeIds() == null ? Set.of() : terms.storeIds();
        require(stores.size() <= MAX_STORES && stores.stream().allMatch(s -> s != null && s > 0), "storeIds",
                "a promotion names up to " + MAX_STORES + " stores");
        p.storeIds = new HashSet<>(stores);
        switch (p.kind) {
            case COUPON -> {
                String code = terms.code() == null ? "" : terms.code().strip().toUpperCase(Locale.ROOT);
                require(CODE.matcher(code).matches(), "code", "a code is 3 to 40 letters, digits, '-' or '_'");
                p.code = code;
                require(terms.percent() == null ^ terms.amountMinor() == null, "percent",
                        "a coupon takes off a percentage or an amount");
                if (terms.percent() != null) {
                    p.discountType = "PERCENTAGE";
                    p.percent = percent(terms.percent());
                } else {
                    require(terms.amountMinor() > 0 && terms.amountMinor() <= MAX_AMOUNT_MINOR, "amountMinor",
                            "an amount is 1 to " + MAX_AMOUNT_MINOR);
                    require(p.currency != null, "currency", "an amount has a currency");
                    p.discountType = "FIXED";
                    p.amountMinor = terms.amountMinor();
                }
            }
            case FREE_DELIVERY -> require(p.minimumBasketMinor > 0, "minimumBasketMinor",
                    "free delivery is over an amount");
            case HAPPY_HOUR -> {
                require(terms.shelfId() != null && terms.shelfId() > 0, "shelfId", "a happy hour is on a shelf");
                require(terms.happyFrom() != null && terms.happyUntil() != null
                        && !terms.happyFrom().equals(terms.happyUntil()), "happyFrom", "a happy hour has its hours");
                p.shelfId = terms.shelfId();
                p.percent = percent(terms.percent());
                p.happyFromMinute = terms.happyFrom().toSecondOfDay() / 60;
                p.happyUntilMinute = terms.happyUntil().toSecondOfDay() / 60;
            }
            case TWO_FOR_ONE -> {
                require(terms.productId() != null && terms.productId() > 0, "productId", "2 for 1 is on a product");
                p.productId = terms.productId();
            }
        }
        p.createdAt = now;
        return p;
    }

    /**
     * Why this promotion does not apply to the basket at {@code now}, before what it would take off is known: empty
     * when its terms let it. {@code customerUses} is how many uses the basket's customer holds.
     */
    public Optional<String> refusal(Basket basket, Instant now, int customerUses) {
        LocalDateTime local = LocalDateTime.ofInstant(now, basket.zone());
        if (paused) {
            return Optional.of(PromotionTexts.PAUSED);
        }
        if (validFrom != null && local.isBefore(validFrom)) {
            return Optional.of(PromotionTexts.NOT_YET_VALID);
        }
        if (validUntil != null && !local.isBefore(validUntil)) {
            return Optional.of(PromotionTexts.EXPIRED);
        }
        if (!isFor(basket.merchantId(), basket.storeId())) {
            return Optional.of(PromotionTexts.OTHER_STORE);
        }
        if (currency != null && !currency.equals(basket.currency())) {
            return Optional.of(PromotionTexts.OTHER_CURRENCY);
        }
        if (basket.subtotalMinor() < minimumBasketMinor) {
            return Optional.of(PromotionTexts.MINIMUM_BASKET);
        }
        if (firstOrderOnly && !basket.firstOrder()) {
            return Optional.of(PromotionTexts.FIRST_ORDER_ONLY);
        }
        if (perCustomerLimit != null && customerUses >= perCustomerLimit) {
            return Optional.of(PromotionTexts.CUSTOMER_LIMIT);
        }
        if (totalLimit != null && used >= totalLimit) {
            return Optional.of(PromotionTexts.TOTAL_LIMIT);
        }
        if (kind == PromotionKind.HAPPY_HOUR && !isHappyHour(local.toLocalTime())) {
            return Optional.of(PromotionTexts.OUTSIDE_HOURS);
        }
        return Optional.empty();
    }

    /** Whether it is for this store of this merchant. */
    public boolean isFor(long merchantId, long storeId) {
        return (this.merchantId == null || this.merchantId == merchantId)
                && (storeIds.isEmpty() || storeIds.contains(storeId));
    }

    /**
     * What a per-line promotion takes off each line (0 for the lines it is not about): a happy hour its percentage of
     * the shelf's lines, 2 for 1 one unit in every two of its product. Rounded down: never more than promised.
     */
    public long[] lineDiscounts(List<Basket.Line> lines) {
        long[] off = new long[lines.size()];
        for (int i = 0; i < off.length; i++) {
            Basket.Line line = lines.get(i);
            if (kind == PromotionKind.HAPPY_HOUR && shelfId.equals(line.shelfId())) {
                off[i] = percentOf(line.amountMinor(), percent);
            } else if (kind == PromotionKind.TWO_FOR_ONE && productId.equals(line.productId())) {
                off[i] = Math.multiplyExact(line.unitPriceMinor(), (long) (line.quantity() / 2));
            }
        }
        return off;
    }

    /** What a coupon takes off what is left of the basket's lines ({@code baseMinor}), never more than that. */
    public long couponDiscount(long baseMinor) {
        if (kind != PromotionKind.COUPON) {
            throw new IllegalStateException("promotion " + id + " is no coupon");
        }
        return Math.max(0, Math.min(baseMinor, percent != null ? percentOf(baseMinor, percent) : amountMinor));
    }

    /**
     * Takes a use for an order: {@code customerUses} is how many the customer holds already.
     *
     * @throws DomainException conflict {@code problem.promotion.limitReached} when a limit would be passed, or the
     *                         promotion is paused
     */
    public void use(int customerUses) {
        if (paused || totalLimit != null && used >= totalLimit
                || perCustomerLimit != null && customerUses >= perCustomerLimit) {
            throw DomainException.conflict("problem.promotion.limitReached", "promotion " + id
                    + (paused ? " is paused" : " has no use left")).withError("promotionId", id);
        }
        used++;
    }

    /** Gives back an order's use (its order failed, was cancelled or rejected), with the order's sales if placed. */
    public void giveBack(boolean wasRedeemed, long amountMinor, long orderTotalMinor) {
        used = Math.max(0, used - 1);
        if (wasRedeemed) {
            redeemed = Math.max(0, redeemed - 1);
            discountTotalMinor = Math.max(0, discountTotalMinor - amountMinor);
            salesTotalMinor = Math.max(0, salesTotalMinor - orderTotalMinor);
        }
    }

    /** A placed order used it, for this discount, and charged {@code orderTotalMinor} with it. */
    public void redeemed(long amountMinor, long orderTotalMinor) {
        redeemed++;
        discountTotalMinor = Math.addExact(discountTotalMinor, amountMinor);
        salesTotalMinor = Math.addExact(salesTotalMinor, orderTotalMinor);
    }

    public void pause(boolean paused) {
        this.paused = paused;
    }

    private boolean isHappyHour(LocalTime time) {
        int minute = time.toSecondOfDay() / 60;
        return happyFromMinute < happyUntilMinute
                ? minute >= happyFromMinute && minute < happyUntilMinute
                : minute >= happyFromMinute || minute < happyUntilMinute;
    }

    private static int percent(Integer percent) {
        require(percent != null && percent >= 1 && percent <= 100, "percent", "a percentage is 1 to 100");
        return percent;
    }

    private static long percentOf(long amountMinor, int percent) {
        return BigDecimal.valueOf(amountMinor).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
    }

    private static boolean withinYears(LocalDateTime time) {
        return time == null || time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR;
    }

    private static void require(boolean condition, String field, String detail) {
        if (!condition) {
            throw DomainException.invalid("problem.promotion.invalid", detail).withError("field", field);
        }
    }

    public Long getId() {
        return id;
    }

    public PromotionKind getKind() {
        return kind;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Funder getFunder() {
        return funder;
    }

    public String getCode() {
        return code;
    }

    public Integer getPercent() {
        return percent;
    }

    public Long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public long getMinimumBasketMinor() {
        return minimumBasketMinor;
    }

    public boolean isFirstOrderOnly() {
        return firstOrderOnly;
    }

    public Integer getPerCustomerLimit() {
        return perCustomerLimit;
    }

    public Integer getTotalLimit() {
        return totalLimit;
    }

    public int getUsed() {
        return used;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public Set<Long> getStoreIds() {
        return new TreeSet<>(storeIds);
    }

    public Long getShelfId() {
        return shelfId;
    }

    public Long getProductId() {
        return productId;
    }

    /** The happy hour's start, store time; null for other kinds. */
    public LocalTime getHappyFrom() {
        return happyFromMinute == null ? null : LocalTime.ofSecondOfDay(happyFromMinute * 60L);
    }

    public LocalTime getHappyUntil() {
        return happyUntilMinute == null ? null : LocalTime.ofSecondOfDay(happyUntilMinute % 1440 * 60L);
    }

    public boolean isPaused() {
        return paused;
    }

    public int getRedeemed() {
        return redeemed;
    }

    public long getDiscountTotalMinor() {
        return discountTotalMinor;
    }

    public long getSalesTotalMinor() {
        return salesTotalMinor;
    }

    /** For tests, which build promotions without a database. */
    void setId(long id) {
        this.id = id;
    }
}
