package io.quartier.backoffice.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RefundsViewTest {

    @Test
    void anAmountTypedInTheOrdersCurrencyIsItsMinorUnitsAndNothingFinerOrNegativeIsTaken() {
        assertEquals(OptionalLong.of(250), RefundsView.minor(new BigDecimal("2.50"), "EUR"));
        assertEquals(OptionalLong.of(200), RefundsView.minor(new BigDecimal("2"), "EUR"));
        assertEquals(OptionalLong.of(0), RefundsView.minor(null, "EUR"), "left empty: nothing of that part");
        assertEquals(OptionalLong.of(1500), RefundsView.minor(new BigDecimal("15"), "MAD"));
        assertEquals(OptionalLong.empty(), RefundsView.minor(new BigDecimal("2.505"), "EUR"), "finer than a cent");
        assertEquals(OptionalLong.empty(), RefundsView.minor(new BigDecimal("-1"), "EUR"));
        assertEquals(OptionalLong.empty(), RefundsView.minor(new BigDecimal("1e30"), "EUR"), "beyond a long");
    }
}
