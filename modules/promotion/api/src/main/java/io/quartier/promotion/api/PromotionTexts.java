package io.quartier.promotion.api;

/**
 * The promotion context's own texts (en, fr, es, de, ar), shipped in this jar so that a webapp showing discounts
 * reads them without the platform's bundles knowing each reason: the kinds ({@code promotion.kind.<KIND>}) and why a
 * promotion does not apply ({@link PromotionOutcome#reasonKey()}).
 */
public final class PromotionTexts {

    /** The resource bundle's base name. */
    public static final String BUNDLE = "io.quartier.promotion.api.texts";

    public static final String UNKNOWN_CODE = "promotion.reason.unknownCode";
    public static final String PAUSED = "promotion.reason.paused";
    public static final String NOT_YET_VALID = "promotion.reason.notYetValid";
    public static final String EXPIRED = "promotion.reason.expired";
    public static final String OTHER_STORE = "promotion.reason.otherStore";
    public static final String OTHER_CURRENCY = "promotion.reason.otherCurrency";
    public static final String MINIMUM_BASKET = "promotion.reason.minimumBasket";
    public static final String FIRST_ORDER_ONLY = "promotion.reason.firstOrderOnly";
    public static final String CUSTOMER_LIMIT = "promotion.reason.customerLimit";
    public static final String TOTAL_LIMIT = "promotion.reason.totalLimit";
    public static final String OUTSIDE_HOURS = "promotion.reason.outsideHours";
    public static final String NOTHING_ON_SHELF = "promotion.reason.nothingOnShelf";
    public static final String NOT_ENOUGH_ITEMS = "promotion.reason.notEnoughItems";
    public static final String NO_DELIVERY_FEE = "promotion.reason.noDeliveryFee";
    public static final String BETTER_OFFER = "promotion.reason.betterOffer";
    public static final String NOTHING_LEFT = "promotion.reason.nothingLeft";
    /** Promotion could not be asked: the checkout goes on without discounts and without the coupon. */
    public static final String UNAVAILABLE = "promotion.reason.unavailable";

    /** The key of a kind's name: {@code promotion.kind.COUPON} and so on. */
    public static String kind(String kind) {
        return "promotion.kind." + kind;
    }

    private PromotionTexts() {
    }
}
