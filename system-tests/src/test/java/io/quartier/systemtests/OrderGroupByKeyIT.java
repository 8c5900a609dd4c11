package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop that saw a multi-store checkout end without an answer asks ordering for the customer's multi-store order
 * placed with that Idempotency-Key before it offers to pay again: the caller's own only (demo data: alice's basket of
 * Chez Marcel, store 1, and the Fromagerie, store 3, made to open around the clock while this test runs).
 */
@ExtendWith(Platform.class)
class OrderGroupByKeyIT {

    private static final String BY_KEY = "/ordering/api/orders/groups?idempotencyKey=";

    private static String fromagerieWeek;

    @BeforeAll
    static void openTheFromagerieAroundTheClock() {
        fromagerieWeek = MultiStoreOrders.openFromagerieAroundTheClock();
    }

    @AfterAll
    static void giveTheFromagerieItsHoursBack() {
        MultiStoreOrders.restoreFromagerie(fromagerieWeek);
    }

    @Test
    void theCustomerFindsTheirOwnMultiStoreOrderByItsKeyAndNobodyElseDoes() {
        String alice = token("alice");
        String key = UUID.randomUUID().toString();
        assertEquals(0, get(BY_KEY + key, alice).array().size(), "nothing placed with the key yet");

        Response placed = post("/ordering/api/orders/groups", alice, key, MultiStoreOrders.basket(1, 0));
        assertEquals(201, placed.status(), placed::toString);
        long groupId = placed.object().getJsonNumber("id").longValue();
        try {
            Response found = get(BY_KEY + key, alice);
            assertEquals(200, found.status(), found::toString);
            assertEquals(1, found.array().size(), found::toString);
            JsonObject group = found.array().getJsonObject(0);
            assertEquals(groupId, group.getJsonNumber("id").longValue());
            assertEquals(2, MultiStoreOrders.parts(group).size(), "with its parts");

            assertEquals(0, get(BY_KEY + key, token("ben")).array().size(), "another customer's key finds nothing");
            assertEquals(0, get(BY_KEY + UUID.randomUUID(), alice).array().size(), "an unknown key finds nothing");
        } finally {
            Response cancelled = post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null);
            assertEquals(200, cancelled.status(), cancelled::toString);
        }
    }

    @Test
    void aMissingOrOverlongKeyIsRefusedAndOnlyACustomerMayAsk() {
        String alice = token("alice");
        for (String path : new String[] {"/ordering/api/orders/groups", BY_KEY, BY_KEY + "k".repeat(101)}) {
            Response refused = get(path, alice);
            assertEquals(400, refused.status(), path + ": " + refused);
            assertEquals("problem.idempotencyKeyInvalid", refused.object().getString("code"), refused::toString);
        }
        assertEquals(403, get(BY_KEY + UUID.randomUUID(), token("marcel")).status(), "a merchant has no checkouts");
    }
}
