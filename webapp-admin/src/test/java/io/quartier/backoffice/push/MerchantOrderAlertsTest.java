package io.quartier.backoffice.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.ui.EventJson;
import org.junit.jupiter.api.Test;

class MerchantOrderAlertsTest {

    @Test
    void addressesTheOrdersMerchantNotTheCustomer() {
        assertEquals("merchant:3", MerchantOrderAlerts.topic(EventJson.parse(
                "{\"orderId\":1001,\"customerId\":2,\"merchantId\":3,\"storeId\":4,\"totalMinor\":420,\"currency\":\"EUR\"}")));
    }

    @Test
    void anEventWithoutMerchantIsAnErrorNotASilentSkip() {
        assertThrows(IllegalArgumentException.class,
                () -> MerchantOrderAlerts.topic(EventJson.parse("{\"orderId\":1001,\"customerId\":2}")));
    }
}
