package io.quartier.catalog.domain.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import org.junit.jupiter.api.Test;

class DeliveryTermsTest {

    /** 1.99 plus 0.50 per started kilometre beyond the first, 20 minutes in the kitchen. */
    private final DeliveryTerms terms = new DeliveryTerms(199, 50, 20);

    @Test
    void theBaseFeeCoversTheFirstKilometre() {
        assertEquals(199, terms.feeMinor(0));
        assertEquals(199, terms.feeMinor(1000));
    }

    @Test
    void eachKilometreStartedBeyondTheFirstAddsItsFee() {
        assertEquals(249, terms.feeMinor(1001));
        assertEquals(249, terms.feeMinor(2000));
        assertEquals(299, terms.feeMinor(2001));
        assertEquals(199 + 49 * 50, terms.feeMinor(50_000));
    }

    @Test
    void theTimeIsPreparationPlusTheRideThroughTheStreetsRoundedUp() {
        assertEquals(20, terms.minutes(0));
        // 1 km as the crow flies is 1.3 km of streets: 5.2 minutes at 250 m a minute, so 6.
        assertEquals(26, terms.minutes(1000));
        // About 2,885 m as the crow flies is 3,750 m of streets: 15 minutes, just under or just over.
        assertEquals(35, terms.minutes(2885 - 1));
        assertEquals(36, terms.minutes(2885 + 1));
    }

    @Test
    void aStoreNobodyPricedDeliversFreeAfterTheDefaultPreparation() {
        DeliveryTerms unpriced = DeliveryTerms.unpriced();
        assertEquals(0, unpriced.feeMinor(12_345));
        assertEquals(DeliveryTerms.DEFAULT_PREPARATION_MINUTES, unpriced.minutes(0));
    }

    @Test
    void negativeFeesAndEndlessPreparationAreRefused() {
        for (Runnable wrong : new Runnable[] {() -> new DeliveryTerms(-1, 0, 10), () -> new DeliveryTerms(0, -5, 10),
                () -> new DeliveryTerms(0, 0, -1), () -> new DeliveryTerms(0, 0, 241)}) {
            DomainException e = assertThrows(DomainException.class, wrong::run);
            assertEquals("catalog.delivery.invalidTerms", e.code());
        }
    }
}
