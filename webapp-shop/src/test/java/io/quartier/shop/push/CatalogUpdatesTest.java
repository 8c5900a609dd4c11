package io.quartier.shop.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ui.EventJson;
import org.junit.jupiter.api.Test;

class CatalogUpdatesTest {

    @Test
    void aStockChangeReachesTheStoresWatchersAboutTheProduct() {
        var event = EventJson.parse("{\"productId\":205,\"storeId\":2,\"merchantId\":2,\"available\":false,\"quantity\":0}");

        assertEquals("store:2", CatalogUpdates.topic(event));
        assertEquals(205, CatalogUpdates.subject(event));
    }

    @Test
    void aStatusChangeIsAboutTheStoreItself() {
        var event = EventJson.parse("{\"storeId\":3,\"merchantId\":3,\"status\":\"PAUSED\",\"nextOpening\":null}");

        assertEquals("store:3", CatalogUpdates.topic(event));
        assertEquals(3, CatalogUpdates.subject(event));
    }
}
