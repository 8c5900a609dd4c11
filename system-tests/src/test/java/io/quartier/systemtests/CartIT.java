package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The basket ordering keeps for a customer over REST: only the caller's own, whole or not at all, emptied of a store's
 * lines by that store's order.
 */
@ExtendWith(Platform.class)
class CartIT {

    private static final String CART = "/ordering/api/cart";

    @Test
    void eachCustomerKeepsAndReadsOnlyTheirOwnBasket() {
        String alice = token("alice");
        String ben = token("ben");
        assertEquals(204, delete(CART, alice).status());
        assertEquals(204, delete(CART, ben).status());
        JsonObject none = get(CART, alice).object();
        assertEquals(0, none.getJsonArray("lines").size());
        assertTrue(!none.containsKey("updatedAt") || none.isNull("updatedAt"), none::toString);

        Response kept = put(CART, alice, "{\"lines\": [{\"storeId\": 1, \"productId\": 101, \"quantity\": 2},"
                + " {\"storeId\": 1, \"productId\": 104, \"optionIds\": [12, 11], \"quantity\": 1},"
                + " {\"storeId\": 1, \"productId\": 101, \"quantity\": 1}]}");
        assertEquals(200, kept.status(), kept::toString);
        JsonObject cart = get(CART, alice).object();
        assertEquals("101x3 104[11, 12]x1", lines(cart), "the same product twice is one line");
        assertTrue(cart.containsKey("updatedAt") && !cart.isNull("updatedAt"));

        assertEquals("", lines(get(CART, ben).object()), "ben has his own basket, empty");
        assertEquals(403, get(CART, token("marcel")).status(), "a merchant has no basket");
        assertEquals(403, put(CART, token("carlos"), "{\"lines\": []}").status(), "nor has a courier");
        assertEquals(401, Api.getAny(CART).status());
    }

    @Test
    void aBasketNoOneCouldFillIsRefusedWholeAndTheKeptOneStays() {
        String amina = token("amina");
        assertEquals(200, put(CART, amina, "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 1}]}").status());
        String fifty1 = IntStream.range(0, 51).mapToObj(i -> "{\"storeId\": 4, \"productId\": " + (1000 + i) + ", \"quantity\": 1}")
                .collect(Collectors.joining(",", "{\"lines\": [", "]}"));
        String options21 = IntStream.range(0, 21).mapToObj(String::valueOf).collect(Collectors.joining(",",
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 1, \"optionIds\": [", "]}]}"));
        for (String bad : List.of("{}", "{\"lines\": null}", "[]", "not json", fifty1, options21,
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 0}]}",
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 100}]}",
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": -5}]}",
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 99999999999}]}",
                "{\"lines\": [{\"productId\": 401, \"quantity\": 1}]}",
                "{\"lines\": [{\"storeId\": 4, \"quantity\": 1}]}",
                "{\"lines\": [null]}",
                "{\"lines\": [{\"storeId\": 4, \"productId\": 401, \"quantity\": 1, \"optionIds\": [null]}]}",
                "{\"lines\": [{\"storeId\": 4, \"productId\": \"" + "9".repeat(1_000_000) + "\", \"quantity\": 1}]}")) {
            Response refused = put(CART, amina, bad);
            assertTrue(refused.status() == 400 || refused.status() == 413,
                    () -> bad.substring(0, Math.min(80, bad.length())) + " -> " + refused);
        }
        assertEquals("401x1", lines(get(CART, amina).object()), "nothing half-written");
    }

    @Test
    void changesAtOnceApplyOneAfterTheOtherAndTheLastOneStandsWhole() throws Exception {
        String ben = token("ben");
        List<Integer> answers = Race.run(10, i -> put(CART, ben, "{\"lines\": [{\"storeId\": 2, \"productId\": " + (201 + i)
                + ", \"quantity\": " + (i + 1) + "}, {\"storeId\": 2, \"productId\": 299, \"quantity\": " + (i + 1) + "}]}").status());
        assertEquals(List.of(200), answers.stream().distinct().toList(), answers::toString);
        JsonObject cart = get(CART, ben).object();
        List<JsonObject> kept = cart.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(2, kept.size(), "one whole basket, not a mix: " + cart);
        int quantity = kept.get(0).getInt("quantity");
        assertEquals(200 + quantity, kept.get(0).getInt("productId"), cart::toString);
        assertEquals(quantity, kept.get(1).getInt("quantity"), cart::toString);
    }

    @Test
    void placingAnOrderTakesItsStoresLinesOutOfTheBasket() {
        String alice = token("alice");
        assertEquals(200, put(CART, alice, "{\"lines\": [{\"storeId\": 1, \"productId\": 101, \"quantity\": 1},"
                + " {\"storeId\": 3, \"productId\": 301, \"quantity\": 2}]}").status());
        Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        assertEquals("301x2", lines(get(CART, alice).object()), "the other store's lines stay");
        assertEquals(204, delete(CART, alice).status());
    }

    /** "101x3 104[11, 12]x1": each line's product, options when it has some, and quantity. */
    private static String lines(JsonObject cart) {
        return cart.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("productId").longValue()
                        + (l.getJsonArray("optionIds") == null || l.getJsonArray("optionIds").isEmpty() ? ""
                        : l.getJsonArray("optionIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                                .map(n -> String.valueOf(n.longValue())).collect(Collectors.joining(", ", "[", "]")))
                        + "x" + l.getInt("quantity"))
                .collect(Collectors.joining(" "));
    }
}
