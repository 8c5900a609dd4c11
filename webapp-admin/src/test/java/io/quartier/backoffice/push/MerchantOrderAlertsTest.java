package io.quartier.backoffice.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.ui.EventJson;
import org.junit.jupiter.api.Test;

class MerchantOrderAlertsTest {

    @Test
    void addressesTheOrdersMerchant() {
        MerchantOrderChanged change = MerchantOrderAlerts.read("OrderPlaced", EventJson.parse(
                "{\"orderId\":1001,\"customerId\":2,\"merchantId\":3,\"storeId\":4,\"totalMinor\":420,\"currency\":\"EUR\"}"));

        assertEquals(new MerchantOrderChanged(3, 1001, "OrderPlaced"), change);
        assertTrue(change.placed());
        assertFalse(new MerchantOrderChanged(3, 1001, "OrderAccepted").placed());
    }
}
