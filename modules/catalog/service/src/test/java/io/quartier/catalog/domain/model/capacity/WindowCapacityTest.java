package io.quartier.catalog.domain.model.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.catalog.domain.model.merchant.Merchant;
import io.quartier.catalog.domain.model.merchant.MerchantType;
import io.quartier.catalog.domain.model.store.Store;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemMappers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What is left of a window, and the limits a merchant may set. */
class WindowCapacityTest {

    private static final KitchenWindow NOON = new KitchenWindow(Instant.parse("2026-06-15T11:00:00Z"));

    private final Store camden = new Store(new Merchant("Camden Greens", MerchantType.GROCERY), "Camden Greens",
            "142 Camden High Street, London", "GB", "GBP", "Europe/London", "en", 51.539, -0.1426);

    @Test
    void freeIsTheLimitLessTheOrdersCounted() {
        assertEquals(5, new WindowCapacity(NOON, 5, 0).free());
        assertEquals(2, new WindowCapacity(NOON, 5, 3).free());
        assertEquals(0, new WindowCapacity(NOON, 5, 5).free());
    }

    @Test
    void freeIsNeverBelowZeroWhenOrdersPassedTheLimit() {
        assertEquals(0, new WindowCapacity(NOON, 2, 3).free(), "orders placed together, or a lowered limit");
    }

    @Test
    void withoutALimitNothingIsCountedAsFree() {
        assertNull(new WindowCapacity(NOON, null, 40).free());
    }

    @Test
    void aStoreHasNoLimitUntilItsMerchantSetsOne() {
        assertNull(camden.getMaxOrdersPerWindow());
        camden.limitOrdersPerWindow(12);
        assertEquals(12, camden.getMaxOrdersPerWindow());
        camden.limitOrdersPerWindow(null);
        assertNull(camden.getMaxOrdersPerWindow());
    }

    @Test
    void aLimitIsOneToAThousand() {
        camden.limitOrdersPerWindow(1);
        camden.limitOrdersPerWindow(Store.MOST_ORDERS_PER_WINDOW);
        for (int refused : new int[] {0, -1, Store.MOST_ORDERS_PER_WINDOW + 1}) {
            DomainException e = assertThrows(DomainException.class, () -> camden.limitOrdersPerWindow(refused));
            assertEquals(400, ProblemMappers.problem(e).status());
            assertEquals("catalog.capacity.invalid", e.code());
        }
        assertEquals(Store.MOST_ORDERS_PER_WINDOW, camden.getMaxOrdersPerWindow(), "a refused limit changes nothing");
    }
}
