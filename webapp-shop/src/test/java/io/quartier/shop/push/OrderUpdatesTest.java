package io.quartier.shop.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.ui.EventJson;
import org.junit.jupiter.api.Test;

class OrderUpdatesTest {

    @Test
    void addressesTheOrdersCustomer() {
        assertEquals("customer:2", OrderUpdates.topic(EventJson.parse(
                "{\"orderId\":1001,\"customerId\":2,\"merchantId\":1,\"storeId\":1,\"storeName\":\"Chez Marcel\"}")));
    }

    @Test
    void anEventWithoutCustomerIsAnErrorNotASilentSkip() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderUpdates.topic(EventJson.parse("{\"orderId\":1001}")));
    }
}
