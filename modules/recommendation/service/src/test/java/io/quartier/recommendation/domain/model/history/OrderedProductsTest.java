package io.quartier.recommendation.domain.model.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderedProductsTest {

    @Test
    void aFirstOrderPairsItsProductsWithEachOtherBothWays() {
        assertEquals(Set.of("1>2", "2>1"), pairs(Set.of(), new LinkedHashSet<>(List.of(1L, 2L))));
    }

    @Test
    void aNewProductPairsWithEveryProductOrderedBefore() {
        assertEquals(Set.of("3>1", "1>3", "3>2", "2>3"), pairs(Set.of(1L, 2L), Set.of(3L)));
    }

    @Test
    void orderingAgainWhatWasOrderedBeforeAddsNothing() {
        assertEquals(Set.of(), pairs(Set.of(1L, 2L), Set.of()));
    }

    private static Set<String> pairs(Set<Long> before, Set<Long> added) {
        List<long[]> pairs = OrderedProducts.pairsAdded(before, added);
        Set<String> distinct = new LinkedHashSet<>();
        pairs.forEach(p -> distinct.add(p[0] + ">" + p[1]));
        assertEquals(distinct.size(), pairs.size(), "no pair counted twice");
        return distinct;
    }
}
