package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quartier.ordering.api.PlaceOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    @Test
    void theSameRequestHasTheSameFingerprint() {
        PlaceOrder a = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        PlaceOrder b = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        assertEquals(Checkout.fingerprint(a), Checkout.fingerprint(b));
    }

    @Test
    void anotherQuantityIsAnotherRequest() {
        PlaceOrder a = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 2)), 1, "2 rue Y");
        PlaceOrder b = new PlaceOrder(1, List.of(new PlaceOrder.Line(101, 3)), 1, "2 rue Y");
        assertNotEquals(Checkout.fingerprint(a), Checkout.fingerprint(b));
    }
}
