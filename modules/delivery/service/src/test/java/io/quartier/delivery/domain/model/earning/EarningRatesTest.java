package io.quartier.delivery.domain.model.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.delivery.domain.model.earning.EarningRates.PeakWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarningRatesTest {

    private static final EarningRates RATES = new EarningRates("EUR", 300, 80, 1.3, 10, Duration.ofMinutes(5),
            Duration.ofMinutes(30), 150, List.of(PeakWindow.parse("11:30-14:00"), PeakWindow.parse("18:30-21:30")),
            ZoneId.of("Europe/Paris"), 150);

    /** 12:00 in Paris in winter. */
    private static final Instant LUNCH = Instant.parse("2026-11-28T11:00:00Z");
    private static final Instant AFTERNOON = Instant.parse("2026-11-28T15:00:00Z");

    @Test
    void paysBaseAndRoadDistanceOffPeak() {
        Earning earning = RATES.quote(2000, AFTERNOON, 0);
        assertEquals(2600, earning.getDistanceMeters());
        assertEquals(300, earning.getBaseMinor());
        assertEquals(208, earning.getDistanceMinor());
        assertEquals(0, earning.getPeakMinor());
        assertEquals(508, earning.total());
    }

    @Test
    void addsThePeakBonusAndTheWholeTip() {
        Earning earning = RATES.quote(2000, LUNCH, 250);
        assertEquals(150, earning.getPeakMinor());
        assertEquals(250, earning.getTipMinor());
        assertEquals(300 + 208 + 150 + 250, earning.total());
    }

    @Test
    void peakWindowsEndExclusiveInTheStoresZone() {
        assertEquals(0, RATES.quote(0, Instant.parse("2026-11-28T13:00:00Z"), 0).getPeakMinor());
        assertEquals(150, RATES.quote(0, Instant.parse("2026-11-28T10:30:00Z"), 0).getPeakMinor());
    }

    @Test
    void paysWholeMinutesWaitedPastReadyTimeBeyondTheGrace() {
        Instant arrived = AFTERNOON;
        Instant ready = AFTERNOON.plusSeconds(120);
        assertEquals(7, RATES.waitingMinutes(arrived, ready, ready.plusSeconds(12 * 60 + 30)));
        assertEquals(0, RATES.waitingMinutes(arrived, ready, ready.plusSeconds(4 * 60)));
        assertEquals(30, RATES.waitingMinutes(arrived, ready, ready.plusSeconds(3 * 3600)));
        assertEquals(0, RATES.waitingMinutes(null, ready, ready.plusSeconds(3600)));
    }

    @Test
    void waitingAddsToTheQuotedTotal() {
        Earning earning = RATES.quote(2000, AFTERNOON, 0);
        earning.waited(7, 10);
        assertEquals(508 + 70, earning.total());
    }

    @Test
    void aFurtherStoreOfATourPaysTheExtraPickupAndItsDetourWithoutASecondPeakBonus() {
        Earning extra = RATES.extraPickup(1000, 0);
        assertEquals(150, extra.getBaseMinor());
        assertEquals(1300, extra.getDistanceMeters());
        assertEquals(104, extra.getDistanceMinor());
        assertEquals(0, extra.getPeakMinor());
        assertEquals(254, extra.total());
        assertEquals(150 + 50, RATES.extraPickup(0, 50).total(), "its own tip still counts");
    }
}
