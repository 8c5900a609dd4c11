package io.quartier.backoffice.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.backoffice.view.promotion.PromotionForm;
import io.quartier.promotion.api.NewPromotion;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class PromotionFormTest {

    @Test
    void amountsAreSentInMinorUnitsOfTheCurrencyChosen() {
        PromotionForm form = new PromotionForm();
        form.setAmount(new BigDecimal("2.50"));
        form.setMinimumBasket(new BigDecimal("15"));
        form.setValidFrom("2026-12-01T08:00");

        NewPromotion euros = form.toNewPromotion("EUR", null, "PLATFORM");
        NewPromotion yen = form.toNewPromotion("JPY", null, "PLATFORM");

        assertEquals(250, euros.amountMinor());
        assertEquals(1500, euros.minimumBasketMinor());
        assertEquals("EUR", euros.currency());
        assertEquals("PLATFORM", euros.funder());
        assertEquals(LocalDateTime.parse("2026-12-01T08:00"), euros.validFrom());
        assertEquals(2, yen.amountMinor(), "a currency without decimals");
    }

    @Test
    void aPercentageWithNoMinimumRunsInEveryCurrency() {
        PromotionForm form = new PromotionForm();
        form.setPercent(10);

        assertNull(form.toNewPromotion("EUR", null, "PLATFORM").currency());
    }

    @Test
    void aValidityThatIsNoDateIsRefusedBeforeAnythingIsSent() {
        PromotionForm form = new PromotionForm();
        form.setValidUntil("next tuesday");

        assertThrows(DateTimeParseException.class, () -> form.toNewPromotion("EUR", null, null));
    }
}
