package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.serviceToken;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Quartier wallet: topped up once per key from a saved card, paying an order that is then captured, refunded
 * back into it, and never paying more than it holds, however many pay at once; the ledger's invariant holds after.
 */
@ExtendWith(Platform.class)
class WalletIT {

    @Test
    void aTopUpIsChargedOncePerKeyAndADeclinedCardCreditsNothing() throws Exception {
        String customer = token(Customers.signUpAndConfirm("topup", Api.PASSWORD, "en"));
        long visa = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer, SandboxCardForm.token("4242424242424242")));
        long declined = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer,
                SandboxCardForm.token("4000 0000 0000 0002")));

        List<Response> same = Race.run(5, i -> post("/payment/api/wallet/top-ups", customer, "topup-1", topUp(visa, 5000)));
        Response declinedTopUp = post("/payment/api/wallet/top-ups", customer, "topup-2", topUp(declined, 5000));
        Response tooMuch = post("/payment/api/wallet/top-ups", customer, "topup-3", topUp(visa, 100_000_000));

        assertTrue(same.stream().anyMatch(r -> r.status() == 200), same::toString);
        assertTrue(same.stream().allMatch(r -> r.status() == 200 || r.status() == 409), same::toString);
        assertEquals(402, declinedTopUp.status(), declinedTopUp::toString);
        assertEquals("problem.payment.declined", declinedTopUp.object().getString("code"));
        assertEquals(400, tooMuch.status(), tooMuch::toString);
        JsonObject wallet = wallet(customer);
        assertEquals(5000, wallet.getJsonNumber("balanceMinor").longValue(), wallet::toString);
        assertEquals(1, wallet.getJsonArray("movements").size(), wallet::toString);
        assertEquals(404, post("/payment/api/wallet/top-ups", token("alice"), "topup-4", topUp(visa, 5000)).status(),
                "another customer's card");
        assertEquals(403, get("/payment/api/wallet", token("marcel")).status());
    }

    @Test
    void anOrderPaidFromTheWalletIsCapturedFromItAndRefundedBackToIt() throws Exception {
        String customer = token(Customers.signUpAndConfirm("wallet", Api.PASSWORD, "en"));
        long visa = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer, SandboxCardForm.token("4242424242424242")));
        assertEquals(200, post("/payment/api/wallet/top-ups", customer, "t1", topUp(visa, 10_000)).status());
        long walletId = wallet(customer).getJsonNumber("paymentMethodId").longValue();
        assertTrue(get("/payment/api/payment-methods", customer).array().stream()
                .anyMatch(m -> m.asJsonObject().getString("kind").equals("WALLET")), "offered at checkout");

        JsonObject order = Orders.place(customer, Orders.inParis(1, 101, 1, walletId));
        long orderId = order.getJsonNumber("id").longValue();
        long total = order.getJsonNumber("totalMinor").longValue();
        assertEquals(total, wallet(customer).getJsonNumber("heldMinor").longValue(), "held until delivered");

        long jobId = Orders.acceptWithJob(orderId);
        Orders.pickUpAndDeliver(orderId, jobId, customer);
        long hold = order.getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("hold " + hold + " is captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + hold, customer).object().getString("status"),
                "CAPTURED"::equals);
        JsonObject paid = wallet(customer);
        assertEquals(10_000 - total, paid.getJsonNumber("balanceMinor").longValue(), paid::toString);
        assertEquals(0, paid.getJsonNumber("heldMinor").longValue());

        Response refund = post("/payment/api/refunds", token("support"), UUID.randomUUID().toString(), """
                {"orderId": %d, "fault": "MERCHANT", "full": false, "itemsMinor": 300, "deliveryFeeMinor": 0,
                 "tipMinor": 0, "reason": "cold"}""".formatted(orderId));
        assertEquals(200, refund.status(), refund::toString);
        assertEquals("COMPLETED", refund.object().getString("status"));
        JsonObject refunded = wallet(customer);
        assertEquals(10_000 - total + 300, refunded.getJsonNumber("balanceMinor").longValue(), refunded::toString);
        assertEquals(List.of("REFUND", "CAPTURE", "TOP_UP"), refunded.getJsonArray("movements").stream()
                .map(m -> m.asJsonObject().getString("kind")).toList());
        assertInvariantHolds();
    }

    @Test
    void twentyPaymentsAtOnceTakeOnlyWhatTheWalletHolds() throws Exception {
        String customer = Customers.signUpAndConfirm("race", Api.PASSWORD, "en");
        String bearer = token(customer);
        long visa = PaymentMethodsIT.id(PaymentMethodsIT.saved(bearer, SandboxCardForm.token("4242424242424242")));
        assertEquals(200, post("/payment/api/wallet/top-ups", bearer, "t1", topUp(visa, 5_500)).status());
        JsonObject wallet = wallet(bearer);
        long walletId = wallet.getJsonNumber("paymentMethodId").longValue();
        long customerId = Eventually.await("the customer's id", Duration.ofSeconds(5),
                () -> get("/identity/api/accounts/me", bearer).object().getJsonNumber("id").longValue(), id -> id > 0);
        String service = serviceToken();
        long base = 900_000_000L + (System.nanoTime() % 1_000_000) * 100;

        List<Response> answers = Race.run(20, i -> post("/payment/api/authorizations", service, "race-" + i, """
                {"orderReference": "%d", "customerId": %d, "paymentMethodId": %d, "amountMinor": 1000,
                 "currency": "EUR"}""".formatted(base + i, customerId, walletId)));

        assertEquals(5, answers.stream().filter(r -> r.status() == 200).count(), answers::toString);
        assertTrue(answers.stream().filter(r -> r.status() != 200)
                .allMatch(r -> r.status() == 402
                        && r.object().getString("code").equals("problem.payment.walletInsufficient")), answers::toString);
        JsonObject after = wallet(bearer);
        assertEquals(5_500, after.getJsonNumber("balanceMinor").longValue(), after::toString);
        assertEquals(5_000, after.getJsonNumber("heldMinor").longValue(), after::toString);
        assertEquals(500, after.getJsonNumber("availableMinor").longValue(), after::toString);
        for (int i = 0; i < 20; i++) {
            assertEquals(200, post("/payment/api/orders/" + (base + i) + "/void", service, null, null).status());
        }
        assertEquals(5_500, wallet(bearer).getJsonNumber("availableMinor").longValue(), "every hold given back");
        assertInvariantHolds();
    }

    @Test
    void aTopUpTheBankWantsConfirmedIsCreditedOnceThePassedChallengeIsAskedAgainAndNeverAfterAFailedOne()
            throws Exception {
        String customer = token(Customers.signUpAndConfirm("topup3ds", Api.PASSWORD, "en"));
        long card = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer,
                SandboxCardForm.token(ThreeDSecureIT.CHALLENGE_CARD)));

        Response asked = post("/payment/api/wallet/top-ups", customer, "t3ds-1", topUp(card, 2500));
        assertEquals(402, asked.status(), asked::toString);
        assertEquals("problem.payment.authenticationRequired", asked.object().getString("code"));
        String page = asked.object().getJsonObject("errors").getString("challengeUrl");
        Response askedAgain = post("/payment/api/wallet/top-ups", customer, "t3ds-1", topUp(card, 2500));
        assertEquals(402, askedAgain.status(), "asked again before answering: the bank asks again");
        assertEquals("problem.payment.authenticationRequired", askedAgain.object().getString("code"));
        assertEquals(0, wallet(customer).getJsonNumber("balanceMinor").longValue(), "nothing before the bank said yes");

        assertEquals("passed", ThreeDSecureIT.answer(page, "complete"));
        List<Response> back = Race.run(3, i -> post("/payment/api/wallet/top-ups", customer, "t3ds-1",
                topUp(card, 2500)));
        Response settled = post("/payment/api/wallet/top-ups", customer, "t3ds-1", topUp(card, 2500));

        assertTrue(back.stream().anyMatch(r -> r.status() == 200), back::toString);
        assertEquals(200, settled.status(), settled::toString);
        assertEquals("COMPLETED", settled.object().getString("status"));
        JsonObject wallet = wallet(customer);
        assertEquals(2500, wallet.getJsonNumber("balanceMinor").longValue(), "credited once: " + wallet);
        assertEquals(1, wallet.getJsonArray("movements").size(), wallet::toString);

        Response second = post("/payment/api/wallet/top-ups", customer, "t3ds-2", topUp(card, 1000));
        assertEquals(402, second.status(), second::toString);
        assertEquals("failed", ThreeDSecureIT.answer(second.object().getJsonObject("errors").getString("challengeUrl"),
                "fail"));
        Response refused = post("/payment/api/wallet/top-ups", customer, "t3ds-2", topUp(card, 1000));
        assertEquals(402, refused.status(), refused::toString);
        assertEquals("problem.payment.authenticationFailed", refused.object().getString("code"));
        assertEquals("problem.payment.authenticationFailed", post("/payment/api/wallet/top-ups", customer, "t3ds-2",
                topUp(card, 1000)).object().getString("code"), "a failed challenge is final for its key");
        assertEquals(2500, wallet(customer).getJsonNumber("balanceMinor").longValue());
        assertInvariantHolds();
    }

    static String topUp(long cardId, long amountMinor) {
        return "{\"paymentMethodId\": %d, \"amountMinor\": %d, \"currency\": \"EUR\"}".formatted(cardId, amountMinor);
    }

    static JsonObject wallet(String customer) {
        Response wallet = get("/payment/api/wallet?currency=EUR", customer);
        assertEquals(200, wallet.status(), wallet::toString);
        return wallet.object();
    }

    private static void assertInvariantHolds() {
        JsonObject invariant = get("/payment/api/ledger/invariant", token("admin")).object();
        assertTrue(invariant.getBoolean("holds"), invariant::toString);
    }
}
