package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: readiness of every service, metrics, OpenAPI, and problem details. */
@ExtendWith(Platform.class)
class OperationsIT {

    @Test
    void everyServiceReportsItsDatabaseAndTheBrokerReady() {
        Response ready = get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        JsonObject health = ready.object();
        assertEquals("UP", health.getString("status"));
        for (String service : List.of("identity", "catalog", "payment", "ordering", "delivery")) {
            for (String check : List.of("-database", "-broker")) {
                assertTrue(health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                        .anyMatch(c -> c.getString("name").equals(service + check) && c.getString("status").equals("UP")),
                        service + check + " in " + health);
            }
        }
    }

    @Test
    void applicationMetricsAreServed() {
        Api.token("support");
        Response metrics = Api.getAny("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("logins"), () -> "the login counter in " + metrics.body());
    }

    /**
     * One document for every service on the server (Payara merges them); each path names its service. The paths are
     * a few of every context's, the mobile app's journey among them.
     */
    @Test
    void theApiIsDescribedWithItsConstraints() {
        Response openapi = Api.getAny("/openapi");
        assertEquals(200, openapi.status(), openapi::toString);
        String document = openapi.body();
        for (String path : new String[] {"/api/orders:", "/api/tokens:", "/api/stores/{id}:", "/api/authorizations:",
                "/api/jobs:", "/api/accounts/me/addresses:", "/api/places:", "/api/stores/nearby:", "/api/cart:",
                "/api/orders/groups:", "/api/orders/price:", "/api/ratings:", "/api/payment-methods:", "/api/wallet:",
                "/api/refunds:", "/api/payouts/{id}/statement.pdf:", "/api/ledger/invariant:", "/api/webhooks/stripe:",
                "/api/merchants/me/promotions:", "/api/quotes:", "/api/couriers/me/tour:", "/api/couriers/zones:",
                "/api/jobs/{id}/failure:", "/api/tracking/orders/{orderId}:", "/api/dispatch/jobs:", "/api/stores/{id}/slots:",
                "/api/stores/{id}/capacity:"}) {
            assertTrue(document.contains(path), () -> path + " missing in\n" + document);
        }
        assertFalse(document.contains("/slots/{id}/slots") || document.contains("/capacity/{id}/capacity"),
                "a resource's path is its api interface's path, not the two joined");
        assertTrue(document.contains("url: /ordering"), "operations name the service that serves them");
        assertTrue(document.contains("    PlaceOrder:") && document.contains("maxItems: 100"),
                "request bodies are described with their constraints");
    }

    @Test
    void badInputAnswersProblemDetails() {
        Response malformed = post("/identity/api/tokens", null, null, "{not json");
        assertEquals(400, malformed.status(), malformed::toString);
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertEquals("problem.unreadable", malformed.object().getString("code"));
        Response wrongPassword = post("/identity/api/tokens", null, null, "{\"username\":\"alice\",\"password\":\"nope\"}");
        assertEquals(401, wrongPassword.status());
        assertEquals("problem.badCredentials", wrongPassword.object().getString("code"));
        Response unknownStore = get("/catalog/api/stores/999999", null);
        assertEquals(404, unknownStore.status(), unknownStore::toString);
        assertEquals(404, unknownStore.object().getInt("status"));
    }

    @Test
    void aForgedTokenIsRefused() {
        String forged = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwidXBuIjoiYWxpY2UiLCJncm91cHMiOlsiQURNSU4iXX0.c2ln";
        assertEquals(401, get("/identity/api/accounts/me", forged).status());
    }
}
