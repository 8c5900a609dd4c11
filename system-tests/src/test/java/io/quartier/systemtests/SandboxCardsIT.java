package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Platform;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox's test cards: each decline reaches the customer with its own reason, and no order is kept. */
@ExtendWith(Platform.class)
class SandboxCardsIT {

    @Test
    void withTheSandboxAsGatewayStripesWebhookIsNotThere() {
        Api.Response answer = Api.postWithHeaders("/payment/api/webhooks/stripe",
                java.util.Map.of("Stripe-Signature", "t=1,v1=00"), "{\"id\": \"evt_1\", \"type\": \"charge.refunded\"}");
        assertEquals(404, answer.status(), answer::toString);
    }

    @Test
    void eachDeclinedTestCardGivesItsReasonAndPlacesNoOrder() {
        String alice = token("alice");
        int before = get("/ordering/api/orders", alice).array().size();
        Map<Long, String> reasons = Map.of(2L, "problem.payment.declined", 7L, "problem.payment.insufficientFunds",
                8L, "problem.payment.expiredCard", 9L, "problem.payment.processingError",
                10L, "problem.payment.authenticationRequired");

        reasons.forEach((method, code) -> {
            Response declined = post("/ordering/api/orders", alice, UUID.randomUUID().toString(),
                    Orders.inParis(1, 101, 1, method));
            assertEquals(402, declined.status(), declined::toString);
            assertEquals(code, declined.object().getString("code"), declined::toString);
        });

        assertEquals(before, get("/ordering/api/orders", alice).array().size(), "no declined order is kept");
    }
}
