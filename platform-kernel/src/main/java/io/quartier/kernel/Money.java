package io.quartier.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * An amount of money in minor units (cents, pence, centimes) of an ISO 4217 currency. Never a double.
 *
 * <p>A JavaBean rather than a record so that JSON-B and Expression Language read it everywhere.
 */
public final class Money {

    private long amountMinor;
    private String currency;

    public Money() {
    }

    public Money(long amountMinor, String currency) {
        this.amountMinor = amountMinor;
        this.currency = requireCurrency(currency);
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amountMinor, quantity), currency);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    /** Formats for a reader in the given locale, with the currency's own number of decimals. */
    public String format(Locale locale) {
        Currency c = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(c);
        format.setMinimumFractionDigits(c.getDefaultFractionDigits());
        format.setMaximumFractionDigits(c.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(amountMinor, c.getDefaultFractionDigits()));
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = requireCurrency(currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    private static String requireCurrency(String code) {
        Objects.requireNonNull(code, "currency");
        return Currency.getInstance(code).getCurrencyCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.amountMinor == amountMinor && Objects.equals(m.currency, currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amountMinor, currency);
    }

    @Override
    public String toString() {
        return amountMinor + " " + currency;
    }
}
