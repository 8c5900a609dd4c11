package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Orders as the shop places them: the JSON body of a one-line order, and placing one. */
public final class Orders {

    /** Camden's store (demo data), in London. */
    public static final long CAMDEN_STORE = 2;

    private Orders() {
    }

    /** Places the order as the customer whose {@code token} it is, under a new idempotency key: created (201). */
    public static JsonObject place(String token, String body) {
        Response placed = Api.post("/ordering/api/orders", token, UUID.randomUUID().toString(), body);
        assertEquals(201, placed.status(), placed::toString);
        return placed.object();
    }

    /** One line of {@code quantity} of a product, delivered in Paris. */
    public static String inParis(long storeId, long productId, int quantity, long paymentMethodId) {
        return oneLine(storeId, productId, quantity, paymentMethodId, "12 rue des Martyrs, 75009 Paris");
    }

    /** One line of {@code quantity} of one of Camden's products, delivered in London. */
    public static String atCamden(long productId, int quantity, long paymentMethodId) {
        return oneLine(CAMDEN_STORE, productId, quantity, paymentMethodId, "1 Camden Road, London");
    }

    private static String oneLine(long storeId, long productId, int quantity, long paymentMethodId, String address) {
        return """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": %d}], "paymentMethodId": %d,
                 "deliveryAddress": "%s"}""".formatted(storeId, productId, quantity, paymentMethodId, address);
    }
}
