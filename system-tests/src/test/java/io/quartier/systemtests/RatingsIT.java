package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.getAny;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ratings of delivered orders over REST: only the order's customer rates, only once it is delivered, with stars 1 to
 * 5 and short comments; the merchant reads its store's part; anyone reads a store's average.
 */
@ExtendWith(Platform.class)
class RatingsIT {

    @Test
    void theCustomerRatesADeliveredOrderAndEachReaderSeesItsPart() {
        String alice = token("alice");
        long placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        assertEquals(409, put(rating(placed), alice, "{\"storeStars\": 5}").status(), "not delivered yet");

        long id = Orders.delivered(alice);
        String path = rating(id);
        assertEquals(404, get(path, alice).status(), "not rated yet");
        for (String bad : List.of("{}", "{\"storeStars\": 0, \"courierStars\": 3}", "{\"storeStars\": 6, \"courierStars\": 3}",
                "{\"storeStars\": \"five\"}", "{\"storeStars\": 4}", "{\"storeStars\": 4, \"courierStars\": 9}",
                "{\"storeStars\": 4, \"courierStars\": 3, \"storeComment\": \"" + "x".repeat(1001) + "\"}",
                "{\"storeStars\": 4, \"courierStars\": 3, \"courierComment\": \"" + "x".repeat(1_000_000) + "\"}")) {
            Response refused = put(path, alice, bad);
            assertTrue(refused.status() == 400 || refused.status() == 413, () -> bad.substring(0, Math.min(80, bad.length()))
                    + " -> " + refused);
        }
        assertEquals(404, get(path, alice).status(), "nothing half-written");
        assertEquals(404, put(path, token("ben"), "{\"storeStars\": 1, \"courierStars\": 1}").status(), "another customer");
        assertEquals(403, put(path, token("marcel"), "{\"storeStars\": 5, \"courierStars\": 5}").status(), "a merchant");

        Response rated = put(path, alice, "{\"storeStars\": 4, \"storeComment\": \"Très bon bourguignon\","
                + " \"courierStars\": 5, \"courierComment\": \"Rapide et souriant\"}");
        assertEquals(200, rated.status(), rated::toString);
        assertEquals(4, rated.object().getInt("storeStars"));
        Response changed = put(path, alice, "{\"storeStars\": 3, \"storeComment\": \"Un peu froid\", \"courierStars\": 5}");
        assertEquals(3, changed.object().getInt("storeStars"), "changed within the day");

        JsonObject seenByCustomer = get(path, alice).object();
        assertEquals("Un peu froid", seenByCustomer.getString("storeComment"));
        assertEquals(5, seenByCustomer.getInt("courierStars"));
        JsonObject seenByMerchant = get(path, token("marcel")).object();
        assertEquals(3, seenByMerchant.getInt("storeStars"));
        assertEquals(JsonValue.ValueType.NULL, seenByMerchant.get("courierStars") == null ? JsonValue.ValueType.NULL
                : seenByMerchant.get("courierStars").getValueType(), "the courier's part is not the merchant's");
        assertEquals(404, get(path, token("camden")).status(), "another merchant's order");
        assertEquals(404, get(path, token("ben")).status(), "another customer's order");

        List<JsonObject> reviews = get("/ordering/api/ratings", token("marcel")).array().getValuesAs(JsonObject.class);
        assertTrue(reviews.stream().anyMatch(r -> r.getJsonNumber("orderId").longValue() == id
                && "Un peu froid".equals(r.getString("storeComment"))), reviews::toString);
        assertTrue(get("/ordering/api/ratings", token("camden")).array().stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("orderId").longValue() == id), "only its own stores'");
        assertEquals(403, get("/ordering/api/ratings", alice).status());

        JsonObject score = getAny("/ordering/api/ratings/stores?ids=1,2").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("storeId").longValue() == 1).findFirst().orElseThrow();
        assertTrue(score.getJsonNumber("count").longValue() >= 1, score::toString);
        double average = score.getJsonNumber("average").doubleValue();
        assertTrue(average >= 1 && average <= 5, score::toString);
    }

    @Test
    void fiveFirstRatingsOfOneOrderAtOnceMakeOneRating() throws Exception {
        String alice = token("alice");
        long id = Orders.delivered(alice);

        List<Response> answers = Race.run(5, i -> put(rating(id), alice,
                "{\"storeStars\": " + (i + 1) + ", \"courierStars\": 4}"));

        assertTrue(answers.stream().allMatch(r -> r.status() == 200), answers::toString);
        long ratingsOfOrder = get("/ordering/api/ratings", token("marcel")).array().stream()
                .filter(r -> r.asJsonObject().getJsonNumber("orderId").longValue() == id).count();
        assertEquals(1, ratingsOfOrder);
    }

    @Test
    void storeAveragesRefuseWhatIsNotAListOfStores() {
        assertEquals(400, getAny("/ordering/api/ratings/stores?ids=1,abc").status());
        String tooMany = IntStream.rangeClosed(1, 201).mapToObj(String::valueOf).collect(Collectors.joining(","));
        assertEquals(400, getAny("/ordering/api/ratings/stores?ids=" + tooMany).status());
        assertEquals(0, getAny("/ordering/api/ratings/stores?ids=").array().size());
    }

    private static String rating(long orderId) {
        return "/ordering/api/ratings/orders/" + orderId;
    }
}
