package io.quartier.shop.view.price;

import io.quartier.ordering.api.PlaceOrder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

/**
 * The courier's tip a customer chooses in the basket: none, 1, 2 or 3 of the store's currency, or an amount typed in
 * it ("2.50" or "2,50"), at most as much as ordering takes in it
 * ({@link PlaceOrder#maxTipMinor(String)}).
 */
public final class Tip {

    /** The choices offered: whole units of the currency; {@link #CUSTOM} is a typed amount. */
    public static final List<String> PRESETS = List.of("0", "1", "2", "3");
    public static final String CUSTOM = "custom";

    private Tip() {
    }

    /**
     * The tip in the currency's minor units; empty when the typed amount is not a number of that currency (more
     * decimals than it has, a sign, letters) or is above the most.
     */
    public static OptionalLong minor(String choice, String typed, String currency) {
        String amount = CUSTOM.equals(choice) ? typed : choice;
        if (amount == null || amount.isBlank()) {
            return CUSTOM.equals(choice) ? OptionalLong.empty() : OptionalLong.of(0);
        }
        return typed(amount, currency, PlaceOrder.maxTipMinor(currency));
    }

    /**
     * An amount typed in a currency ("2.50" or "2,50") in its minor units; empty when it is not a number of that
     * currency (more decimals than it has, a sign, letters) or is above {@code maxMinor}.
     */
    public static OptionalLong typed(String amount, String currency, long maxMinor) {
        if (amount == null) {
            return OptionalLong.empty();
        }
        String text = amount.strip().replace(',', '.');
        if (text.length() > 12 || !text.matches("\\d+(\\.\\d+)?")) {
            return OptionalLong.empty();
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal major = new BigDecimal(text);
        if (major.stripTrailingZeros().scale() > digits) {
            return OptionalLong.empty();
        }
        long minor = major.movePointRight(digits).longValueExact();
        return minor > maxMinor ? OptionalLong.empty() : OptionalLong.of(minor);
    }
}
