package io.quartier.ordering.domain.model.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VatShareTest {

    @Test
    void takesTheVatOutOfAVatInclusiveAmount() {
        VatShare tenPercent = VatShare.of(1000, 1100);
        assertEquals(100, tenPercent.vatMinor());
        assertEquals(1000, tenPercent.netMinor());
        assertEquals(200, VatShare.of(2000, 1200).vatMinor());
    }

    @Test
    void roundsHalfToEven() {
        // 5.5 % of 211: 211 * 550 / 10550 = 11.0 exactly -> 11; of 1055 * 550 / 10550 = 55.0
        assertEquals(55, VatShare.of(550, 1055).vatMinor());
        // 20 % of 3: 3 * 2000 / 12000 = 0.5 -> 0 (even); of 9: 1.5 -> 2 (even)
        assertEquals(0, VatShare.of(2000, 3).vatMinor());
        assertEquals(2, VatShare.of(2000, 9).vatMinor());
        // 10 % of 7: 0.636... -> 1
        assertEquals(1, VatShare.of(1000, 7).vatMinor());
    }

    @Test
    void aZeroRateHasAShareWithoutVat() {
        VatShare zero = VatShare.of(0, 480);
        assertEquals(0, zero.vatMinor());
        assertEquals(480, zero.netMinor());
    }

    @Test
    void splitsPerRateLowestFirstRoundingOncePerRate() {
        List<VatShare> shares = VatShare.split(Map.of(2000, 9L, 550, 1055L, 0, 480L));
        assertEquals(List.of(new VatShare(0, 480, 0), new VatShare(550, 1055, 55), new VatShare(2000, 9, 2)), shares);
    }

    @Test
    void refusesARateOutsideZeroToAHundredPercent() {
        assertThrows(DomainException.class, () -> VatShare.of(-1, 100));
        assertThrows(DomainException.class, () -> VatShare.of(10_001, 100));
    }
}
