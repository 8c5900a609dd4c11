package io.quartier.shop.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.ui.EventJson;
import org.junit.jupiter.api.Test;

class OrderUpdatesTest {

    @Test
    void addressesTheOrdersCustomer() {
        OrderChanged change = OrderUpdates.read("OrderAccepted", EventJson.parse(
                "{\"orderId\":1001,\"customerId\":2,\"merchantId\":1,\"storeId\":1,\"storeName\":\"Chez Marcel\"}"));

        assertEquals(new OrderChanged(2, 1001, "OrderAccepted"), change);
    }

    @Test
    void anEventWithoutCustomerIsAnErrorNotASilentSkip() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderUpdates.read("OrderPlaced", EventJson.parse("{\"orderId\":1001}")));
    }
}
