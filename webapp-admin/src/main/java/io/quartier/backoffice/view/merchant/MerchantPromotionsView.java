package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.promotion.api.NewPromotion;
import io.quartier.promotion.api.PromotionApi;
import io.quartier.promotion.api.PromotionView;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The merchant's promotions: creating a coupon or an automatic discount for its stores (funded by the merchant), and
 * following each one (its uses, the orders that redeemed it and the discounts it gave), paused or resumed at a click.
 * Amounts are typed in the stores' currency and sent in minor units.
 */
@Named
@ViewScoped
public class MerchantPromotionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds a merchant creates, in the order offered. */
    public static final List<String> KINDS = List.of("COUPON", "FREE_DELIVERY", "HAPPY_HOUR", "TWO_FOR_ONE");

    @Inject
    @Service
    PromotionApi promotion;

    @Inject
    @Service
    MerchantCatalogApi catalog;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<PromotionView> promotions = List.of();
    private List<StoreView> stores = List.of();
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

    public void load() {
        ServiceCall.run(() -> {
            stores = catalog.stores(userSession.bearer());
            promotions = promotion.merchantPromotions(userSession.bearer());
        });
    }

    /** Creates the promotion from the form; the service checks its terms and names the one at fault. */
    public void create() {
        LocalDateTime from;
        LocalDateTime until;
        try {
            from = dateTime(validFrom);
            until = dateTime(validUntil);
        } catch (DateTimeParseException e) {
            Messages.error("merchant.promotions.badDate");
            return;
        }
        String currency = getCurrency();
        NewPromotion asked = new NewPromotion(kind, code, percent, minor(amount, currency),
                currency, minor(minimumBasket, currency), firstOrderOnly, perCustomerLimit, totalLimit, from, until,
                List.copyOf(storeIds), shelfId, productId, happyFrom, happyUntil, null, null);
        if (ServiceCall.run(() -> promotion.createForMerchant(userSession.bearer(), asked))) {
            Messages.info("merchant.promotions.created");
            code = null;
            percent = null;
            amount = null;
            load();
        }
    }

    /** Pauses a running promotion, or resumes a paused one. */
    public void togglePause(PromotionView row) {
        if (ServiceCall.run(() -> promotion.pauseForMerchant(userSession.bearer(), row.id(), !row.paused()))) {
            Messages.info(row.paused() ? "merchant.promotions.resumed" : "merchant.promotions.paused");
            load();
        }
    }

    /** An amount in minor units of the promotion's currency (or the stores'), for the reader. */
    public String money(Long minor, String currency) {
        String in = currency == null ? getCurrency() : currency;
        return minor == null || in == null ? "" : Money.of(minor, in).format(localeSelection.getLocale());
    }

    /** The stores' currency (a merchant's stores share one); null before they are known. */
    public String getCurrency() {
        return stores.isEmpty() ? null : stores.get(0).currency();
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

    public List<PromotionView> getPromotions() {
        return promotions;
    }

    public List<StoreView> getStores() {
        return stores;
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
