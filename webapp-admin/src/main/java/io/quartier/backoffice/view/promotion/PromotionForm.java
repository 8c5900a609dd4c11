package io.quartier.backoffice.view.promotion;

import io.quartier.promotion.api.NewPromotion;
import io.quartier.promotion.api.PromotionView;
import io.quartier.ui.Messages;
import io.quartier.ui.ServiceCall;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/**
 * The terms of a promotion as a merchant or platform staff type them: amounts in a currency's major units (sent in
 * minor units), dates and times as the browser's date-time and time fields give them. The promotion service checks
 * the terms and names the one at fault; this form only turns text into them.
 */
public class PromotionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds offered, in this order. */
    public static final List<String> KINDS = List.of("COUPON", "FREE_DELIVERY", "HAPPY_HOUR", "TWO_FOR_ONE");

    private String kind = "COUPON";
    private String code;
    private Integer percent;
    private BigDecimal amount;
    private BigDecimal minimumBasket;
    private boolean firstOrderOnly;
    private Integer perCustomerLimit;
    private Integer totalLimit;
    private String validFrom;
    private String validUntil;
    private List<Long> storeIds = new ArrayList<>();
    private Long shelfId;
    private Long productId;
    private String happyFrom;
    private String happyUntil;

    /**
     * The promotion asked for, its amounts in {@code currency}, for {@code merchantId} (null: every merchant) funded by
     * {@code funder} (null: as the service decides for the caller).
     *
     * @throws DateTimeParseException for a validity that is not a date and time
     */
    public NewPromotion toNewPromotion(String currency, Long merchantId, String funder) {
        // a promotion with a currency runs only in it: a percentage with no minimum runs in every currency
        String in = amount == null && minimumBasket == null ? null : currency;
        return new NewPromotion(kind, code, percent, minor(amount, currency), in, minor(minimumBasket, currency),
                firstOrderOnly, perCustomerLimit, totalLimit, dateTime(validFrom), dateTime(validUntil),
                List.copyOf(storeIds), shelfId, productId, happyFrom, happyUntil, merchantId, funder);
    }

    /**
     * Sends the promotion asked for through {@code send} and says it is created (the next one then starts from the
     * same terms, without their code and discount), or why not: a validity that is no date, or the service's problem.
     *
     * @return whether it was created
     */
    public boolean create(String currency, Long merchantId, String funder, Consumer<NewPromotion> send) {
        NewPromotion asked;
        try {
            asked = toNewPromotion(currency, merchantId, funder);
        } catch (DateTimeParseException e) {
            Messages.error("merchant.promotions.badDate");
            return false;
        }
        if (!ServiceCall.run(() -> send.accept(asked))) {
            return false;
        }
        Messages.info("merchant.promotions.created");
        code = null;
        percent = null;
        amount = null;
        return true;
    }

    /** Pauses a running promotion or resumes a paused one through {@code send} (true: pause), and says so. */
    public static boolean togglePause(PromotionView row, Consumer<Boolean> send) {
        if (!ServiceCall.run(() -> send.accept(!row.paused()))) {
            return false;
        }
        Messages.info(row.paused() ? "merchant.promotions.resumed" : "merchant.promotions.paused");
        return true;
    }

    private static Long minor(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        return amount.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits()).longValue();
    }

    private static LocalDateTime dateTime(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getMinimumBasket() {
        return minimumBasket;
    }

    public void setMinimumBasket(BigDecimal minimumBasket) {
        this.minimumBasket = minimumBasket;
    }

    public boolean isFirstOrderOnly() {
        return firstOrderOnly;
    }

    public void setFirstOrderOnly(boolean firstOrderOnly) {
        this.firstOrderOnly = firstOrderOnly;
    }

    public Integer getPerCustomerLimit() {
        return perCustomerLimit;
    }

    public void setPerCustomerLimit(Integer perCustomerLimit) {
        this.perCustomerLimit = perCustomerLimit;
    }

    public Integer getTotalLimit() {
        return totalLimit;
    }

    public void setTotalLimit(Integer totalLimit) {
        this.totalLimit = totalLimit;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }

    public List<Long> getStoreIds() {
        return storeIds;
    }

    public void setStoreIds(List<Long> storeIds) {
        this.storeIds = storeIds == null ? new ArrayList<>() : new ArrayList<>(storeIds);
    }

    public Long getShelfId() {
        return shelfId;
    }

    public void setShelfId(Long shelfId) {
        this.shelfId = shelfId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getHappyFrom() {
        return happyFrom;
    }

    public void setHappyFrom(String happyFrom) {
        this.happyFrom = happyFrom;
    }

    public String getHappyUntil() {
        return happyUntil;
    }

    public void setHappyUntil(String happyUntil) {
        this.happyUntil = happyUntil;
    }
}
