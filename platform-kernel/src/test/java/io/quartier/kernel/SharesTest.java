package io.quartier.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void anAmountIsSplitInProportionAndTheSharesAddUpToIt() {
        // 10.00 over 30.00 at 5.5 % and 15.00 at 20 %: two thirds and one third, 666.67 and 333.33
        assertEquals(Map.of(550, 667L, 2000, 333L), Shares.split(1000, new TreeMap<>(Map.of(550, 3000L, 2000, 1500L))));
    }

    @Test
    void theCentsLeftByRoundingGoToTheLargestRemaindersThenToTheFirstPart() {
        assertEquals(Map.of(1, 34L, 2, 33L, 3, 33L), Shares.split(100, new TreeMap<>(Map.of(1, 100L, 2, 100L, 3, 100L))));
        assertEquals(Map.of(1, 1L, 2, 1L, 3, 0L), Shares.split(2, new TreeMap<>(Map.of(1, 1L, 2, 1L, 3, 1L))));
    }

    @Test
    void nothingToSplitOrAllOfItIsExact() {
        assertEquals(Map.of(1, 0L, 2, 0L), Shares.split(0, new TreeMap<>(Map.of(1, 5L, 2, 7L))));
        assertEquals(Map.of(1, 5L, 2, 7L), Shares.split(12, new TreeMap<>(Map.of(1, 5L, 2, 7L))));
    }

    @Test
    void moreThanTheWeightsOrANegativeAmountCannotBeSplit() {
        assertThrows(IllegalArgumentException.class, () -> Shares.split(13, new TreeMap<>(Map.of(1, 5L, 2, 7L))));
        assertThrows(IllegalArgumentException.class, () -> Shares.split(-1, new TreeMap<>(Map.of(1, 5L))));
    }
}
