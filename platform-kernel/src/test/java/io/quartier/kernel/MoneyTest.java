package io.quartier.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAmountsOfTheSameCurrency() {
        assertEquals(Money.of(1550, "EUR"), Money.of(1200, "EUR").plus(Money.of(350, "EUR")));
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "EUR").plus(Money.of(1, "GBP")));
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "XYZ1"));
    }

    @Test
    void multipliesByQuantityWithoutLosingCents() {
        assertEquals(Money.of(2997, "GBP"), Money.of(999, "GBP").times(3));
    }

    @Test
    void formatsWithTheCurrencysOwnDecimals() {
        assertEquals("£12.50", Money.of(1250, "GBP").format(Locale.UK));
        assertEquals("¥1,250", Money.of(1250, "JPY").format(Locale.US).replace("JP", ""));
    }

    @Test
    void overflowIsAnErrorNotAWrongAmount() {
        assertThrows(ArithmeticException.class, () -> Money.of(Long.MAX_VALUE, "EUR").times(2));
    }
}
