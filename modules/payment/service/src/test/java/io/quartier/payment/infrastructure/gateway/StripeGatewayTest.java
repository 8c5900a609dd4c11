package io.quartier.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against a local server answering with the JSON of Stripe's API reference. */
class StripeGatewayTest {

    private static final String SECRET = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final String RETURN_URL = "https://shop.example.org/shop/basket.xhtml?challenge=returned";
    private static final Money AMOUNT = Money.of(1850, "EUR");

    private final FakeStripe stripe;
    private final StripeGateway gateway;

    StripeGatewayTest() throws IOException {
        stripe = new FakeStripe();
        // time enough for a loaded machine's first request; the test of a late answer has its own short timeout
        gateway = new StripeGateway(SECRET, stripe.base(), 0, 5_000, RETURN_URL);
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void authorisesWithAConfirmedPaymentIntentCapturedManuallyWithTheSavedMethod() {
        stripe.answers(200, intent("pi_3MtwBwLkdIwHu7ix28a3tqPa", "requires_capture"));

        GatewayDecision decision = gateway.authorize("pm_1MtwBwLkdIwHu7ixkVVNSNkT", AMOUNT, "42", "authorize:42:ab12");

        assertTrue(decision.approved());
        assertEquals("pi_3MtwBwLkdIwHu7ix28a3tqPa", decision.reference());
        FakeStripe.Sent sent = stripe.only();
        assertEquals("POST", sent.method());
        assertEquals("/v1/payment_intents", sent.path());
        assertEquals("1850", sent.form().get("amount"));
        assertEquals("eur", sent.form().get("currency"));
        assertEquals("manual", sent.form().get("capture_method"));
        assertEquals("true", sent.form().get("confirm"));
        assertEquals("pm_1MtwBwLkdIwHu7ixkVVNSNkT", sent.form().get("payment_method"));
        assertEquals("42", sent.form().get("metadata[quartier_reference]"));
        assertEquals(RETURN_URL, sent.form().get("return_url"), "where the bank's page sends the customer back");
        assertEquals("Bearer " + SECRET, sent.authorization());
        assertEquals("authorize:42:ab12", sent.idempotencyKey(), "the key payment made for the attempt");
    }

    @Test
    void theSameAttemptAskedAgainCarriesItsKeySoStripeAnswersWithTheSameHold() {
        stripe.answers(200, intent("pi_1", "requires_capture")).answers(200, intent("pi_1", "requires_capture"));

        GatewayDecision first = gateway.authorize("pm_a", AMOUNT, "42", "authorize:42:k");
        GatewayDecision again = gateway.authorize("pm_a", AMOUNT, "42", "authorize:42:k");

        assertEquals(first.reference(), again.reference());
        assertEquals("authorize:42:k", stripe.sent().get(0).idempotencyKey());
        assertEquals("authorize:42:k", stripe.sent().get(1).idempotencyKey());
    }

    @Test
    void theSdksRetryAsksAgainWithTheSameKeySoOneHoldIsTaken() {
        stripe.answers(409, """
                {"error":{"type":"invalid_request_error","code":"lock_timeout",
                 "message":"This object cannot be accessed right now because another API request or Stripe process is currently accessing it."}}""")
                .answers(200, intent("pi_1", "requires_capture"));
        StripeGateway retrying = new StripeGateway(SECRET, stripe.base(), 1, 5_000, RETURN_URL);

        GatewayDecision decision = retrying.authorize("pm_card_visa", AMOUNT, "42", key());

        assertEquals("pi_1", decision.reference());
        assertEquals(2, stripe.sent().size());
        assertEquals(stripe.sent().get(0).idempotencyKey(), stripe.sent().get(1).idempotencyKey());
    }

    @Test
    void aMethodSavedOnACustomerIsConfirmedForThatCustomer() {
        stripe.answers(200, intent("pi_1", "requires_capture"));

        gateway.authorize("cus_NffrFeUfNV2Hib:pm_1MtwBwLkdIwHu7ixkVVNSNkT", AMOUNT, "42", key());

        assertEquals("cus_NffrFeUfNV2Hib", stripe.only().form().get("customer"));
        assertEquals("pm_1MtwBwLkdIwHu7ixkVVNSNkT", stripe.only().form().get("payment_method"));
    }

    @Test
    void aDeclinedCardIsDeclinedAsCardDeclined() {
        stripe.answers(402, cardError("card_declined", "generic_decline", "Your card was declined."));

        GatewayDecision decision = gateway.authorize("pm_card_chargeDeclined", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("card_declined", decision.declineCode());
    }

    @Test
    void eachDeclineReasonBecomesTheSandboxsCode() {
        stripe.answers(402, cardError("card_declined", "insufficient_funds", "Your card has insufficient funds."))
                .answers(402, cardError("expired_card", "expired_card", "Your card has expired."))
                .answers(402, cardError("processing_error", null,
                        "An error occurred while processing your card. Try again in a little bit."))
                .answers(402, cardError("card_declined", "authentication_required",
                        "Your card was declined. This transaction requires authentication."));

        assertEquals("insufficient_funds", gateway.authorize("pm_card_visa_chargeDeclinedInsufficientFunds", AMOUNT, "42", key()).declineCode());
        assertEquals("expired_card", gateway.authorize("pm_card_chargeDeclinedExpiredCard", AMOUNT, "42", key()).declineCode());
        assertEquals("processing_error", gateway.authorize("pm_card_chargeDeclinedProcessingError", AMOUNT, "42", key()).declineCode());
        assertEquals("authentication_required", gateway.authorize("pm_card_authenticationRequired", AMOUNT, "42", key()).declineCode());
    }

    @Test
    void aPaymentIntentAskingForThreeDSecureIsDeclinedAsAuthenticationRequired() {
        String sdkOnly = """
                {"id":"pi_3ds","object":"payment_intent","amount":1850,"currency":"eur","capture_method":"manual",
                 "status":"requires_action","next_action":{"type":"use_stripe_sdk","use_stripe_sdk":{}}}""";
        stripe.answers(200, sdkOnly).answers(200, sdkOnly);

        GatewayDecision decision = gateway.authorize("pm_card_threeDSecure2Required", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("authentication_required", decision.declineCode());
        assertNull(decision.challengeUrl(), "no page to send the customer to: a plain decline");
    }

    @Test
    void aPaymentIntentRedirectingToTheBanksPageIsAChallengeAtThatPage() {
        String redirecting = """
                {"id":"pi_3MtweELkdIwHu7ix0Dt0gF2H","object":"payment_intent","amount":1850,"currency":"eur",
                 "capture_method":"manual","confirmation_method":"automatic","livemode":false,
                 "status":"requires_action","client_secret":"pi_3MtweELkdIwHu7ix0Dt0gF2H_secret_x",
                 "next_action":{"type":"redirect_to_url","redirect_to_url":{
                  "return_url":"https://quartier.example/shop/basket.xhtml",
                  "url":"https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1&payment_intent=pi_3MtweELkdIwHu7ix0Dt0gF2H"}}}""";
        stripe.answers(200, redirecting).answers(200, redirecting);

        GatewayDecision decision = gateway.authorize("pm_card_authenticationRequired", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertEquals("authentication_required", decision.declineCode());
        assertEquals("https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1&payment_intent=pi_3MtweELkdIwHu7ix0Dt0gF2H",
                decision.challengeUrl());
        assertNull(decision.reference());
    }

    @Test
    void onceTheCustomerConfirmedAtTheBankTheSameAttemptAskedAgainIsTheHold() {
        stripe.answers(200, intent("pi_3MtweELkdIwHu7ix0Dt0gF2H", "requires_action"))
                .answers(200, intent("pi_3MtweELkdIwHu7ix0Dt0gF2H", "requires_capture"));

        GatewayDecision decision = gateway.authorize("pm_card_authenticationRequired", AMOUNT, "42", "authorize:42:ab12");

        assertTrue(decision.approved(), "Stripe's replayed answer predates the confirmation");
        assertEquals("pi_3MtweELkdIwHu7ix0Dt0gF2H", decision.reference());
        FakeStripe.Sent read = stripe.sent().get(1);
        assertEquals("GET", read.method());
        assertEquals("/v1/payment_intents/pi_3MtweELkdIwHu7ix0Dt0gF2H", read.path());
    }

    @Test
    void aFailedConfirmationAtTheBankIsDeclinedAsSuch() {
        stripe.answers(200, intent("pi_3ds", "requires_action")).answers(200, """
                {"id":"pi_3ds","object":"payment_intent","amount":1850,"currency":"eur","capture_method":"manual",
                 "status":"requires_payment_method","last_payment_error":{"type":"card_error",
                 "code":"payment_intent_authentication_failure","message":"The provided PaymentMethod has failed authentication."}}""");

        GatewayDecision decision = gateway.authorize("pm_card_authenticationRequired", AMOUNT, "42", key());

        assertFalse(decision.approved());
        assertNull(decision.challengeUrl(), "no second challenge for an answered one");
    }

    @Test
    void anUnknownPaymentMethodIsAnInvalidToken() {
        stripe.answers(400, """
                {"error":{"type":"invalid_request_error","code":"resource_missing","param":"payment_method",
                 "message":"No such PaymentMethod: 'pm_gone'"}}""");

        assertEquals("invalid_token", gateway.authorize("pm_gone", AMOUNT, "42", key()).declineCode());
    }

    @Test
    void describesASavedMethodByItsCardsBrandLastFourAndExpiryOnly() {
        stripe.answers(200, """
                {"id":"pm_1MqLiJLkdIwHu7ixUEgbFdYF","object":"payment_method","type":"card",
                 "billing_details":{"address":{"city":null,"country":null,"line1":null,"line2":null,
                  "postal_code":null,"state":null},"email":null,"name":null,"phone":null},
                 "card":{"brand":"visa","checks":{"address_line1_check":null,"address_postal_code_check":null,
                  "cvc_check":"unchecked"},"country":"US","exp_month":8,"exp_year":2026,"fingerprint":"mToisGZ01V71BCos",
                  "funding":"credit","generated_from":null,"last4":"4242","networks":{"available":["visa"],
                  "preferred":null},"three_d_secure_usage":{"supported":true},"wallet":null},
                 "created":1679945299,"customer":"cus_NffrFeUfNV2Hib","livemode":false,"metadata":{}}""");

        Optional<CardDetails> card = gateway.describe("cus_NffrFeUfNV2Hib:pm_1MqLiJLkdIwHu7ixUEgbFdYF");

        assertEquals(Optional.of(new CardDetails("visa", "4242", 8, 2026)), card);
        assertEquals("GET", stripe.only().method());
        assertEquals("/v1/payment_methods/pm_1MqLiJLkdIwHu7ixUEgbFdYF", stripe.only().path(),
                "the method, not the customer it is saved on");
        assertEquals("Bearer " + SECRET, stripe.only().authorization());
    }

    @Test
    void aCardFromApplePayIsDescribedWithItsWalletAndTheDevicesLastFour() {
        stripe.answers(200, """
                {"id":"pm_1ApplePay","object":"payment_method","type":"card",
                 "card":{"brand":"visa","country":"US","exp_month":11,"exp_year":2029,"funding":"credit",
                  "last4":"0341","three_d_secure_usage":{"supported":true},
                  "wallet":{"type":"apple_pay","apple_pay":{},"dynamic_last4":"0341"}},
                 "created":1679945299,"customer":null,"livemode":false,"metadata":{}}""")
                .answers(200, """
                {"id":"pm_1Samsung","object":"payment_method","type":"card",
                 "card":{"brand":"mastercard","exp_month":1,"exp_year":2030,"last4":"4444",
                  "wallet":{"type":"samsung_pay","samsung_pay":{},"dynamic_last4":"9876"}},"livemode":false}""");

        assertEquals(Optional.of(new CardDetails("visa", "0341", 11, 2029, CardDetails.APPLE_PAY)),
                gateway.describe("pm_1ApplePay"));
        assertEquals(Optional.of(new CardDetails("mastercard", "4444", 1, 2030)), gateway.describe("pm_1Samsung"),
                "a wallet Quartier does not show is shown as the card");
    }

    @Test
    void aMethodStripeDoesNotKnowOrThatIsNoCardDescribesNothing() {
        stripe.answers(404, """
                {"error":{"type":"invalid_request_error","code":"resource_missing","param":"payment_method",
                 "message":"No such PaymentMethod: 'pm_gone'"}}""")
                .answers(200, """
                {"id":"pm_1Sepa","object":"payment_method","type":"sepa_debit",
                 "sepa_debit":{"bank_code":"37040044","country":"DE","last4":"3000"},"livemode":false}""");

        assertEquals(Optional.empty(), gateway.describe("pm_gone"));
        assertEquals(Optional.empty(), gateway.describe("pm_1Sepa"));
        assertEquals(Optional.empty(), gateway.describe(" "), "a blank token is never sent");
        assertEquals(2, stripe.sent().size());
    }

    @Test
    void aMethodStripeCannotDescribeNowIsAGatewayFailure() {
        stripe.answers(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}");

        GatewayException failure = assertThrows(GatewayException.class, () -> gateway.describe("pm_card_visa"));

        assertFalse(failure.getMessage().contains(SECRET));
    }

    @Test
    void aServerErrorIsAGatewayFailureNamingStripesRequestButNotTheKey() {
        stripe.answers(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}");

        GatewayException failure = assertThrows(GatewayException.class,
                () -> gateway.authorize("pm_card_visa", AMOUNT, "42", key()));

        assertTrue(failure.getMessage().contains("500"), failure.getMessage());
        assertTrue(failure.getMessage().contains("req_test1"), failure.getMessage());
        assertFalse(failure.getMessage().contains(SECRET));
    }

    @Test
    void noAnswerInTimeIsAGatewayFailure() {
        stripe.answersLate(200, intent("pi_late", "requires_capture"), Duration.ofSeconds(2));

        StripeGateway impatient = new StripeGateway(SECRET, stripe.base(), 0, 500, RETURN_URL);
        GatewayException failure = assertThrows(GatewayException.class,
                () -> impatient.authorize("pm_card_visa", AMOUNT, "42", key()));

        assertTrue(failure.getMessage().contains("did not answer"), failure.getMessage());
    }

    @Test
    void capturesTheHeldAmountOnceByTheHoldsKey() {
        stripe.answers(200, intent("pi_1", "succeeded"));

        gateway.capture("pi_1", Money.of(1700, "EUR"));

        FakeStripe.Sent sent = stripe.only();
        assertEquals("/v1/payment_intents/pi_1/capture", sent.path());
        assertEquals("1700", sent.form().get("amount_to_capture"));
        assertEquals("capture:pi_1", sent.idempotencyKey());
    }

    @Test
    void aRefusedCaptureIsAGatewayFailure() {
        stripe.answers(400, """
                {"error":{"type":"invalid_request_error","code":"payment_intent_unexpected_state",
                 "message":"This PaymentIntent could not be captured because it has a status of canceled."}}""");

        GatewayException failure = assertThrows(GatewayException.class, () -> gateway.capture("pi_1", AMOUNT));

        assertTrue(failure.getMessage().contains("payment_intent_unexpected_state"), failure.getMessage());
    }

    @Test
    void voidCancelsThePaymentIntentByTheHoldsKey() {
        stripe.answers(200, intent("pi_1", "canceled"));

        gateway.voidAuthorization("pi_1");

        assertEquals("/v1/payment_intents/pi_1/cancel", stripe.only().path());
        assertEquals("void:pi_1", stripe.only().idempotencyKey());
    }

    @Test
    void refundsPartOfTheChargeWithTheRefundsOwnKey() {
        stripe.answers(200, """
                {"id":"re_1Nispe2eZvKYlo2Cd31jOCgZ","object":"refund","amount":500,"currency":"eur",
                 "payment_intent":"pi_1","status":"succeeded"}""");

        GatewayDecision decision = gateway.refund("pi_1", Money.of(500, "EUR"), "refund:7");

        assertTrue(decision.approved());
        assertEquals("re_1Nispe2eZvKYlo2Cd31jOCgZ", decision.reference());
        FakeStripe.Sent sent = stripe.only();
        assertEquals("/v1/refunds", sent.path());
        assertEquals("pi_1", sent.form().get("payment_intent"));
        assertEquals("500", sent.form().get("amount"));
        assertEquals("refund:7", sent.idempotencyKey());
    }

    @Test
    void aRefundStripeRefusesIsDeclinedWithItsCode() {
        stripe.answers(400, """
                {"error":{"type":"invalid_request_error","code":"charge_already_refunded",
                 "message":"Charge ch_1 has already been refunded."}}""")
                .answers(400, """
                {"error":{"type":"idempotency_error",
                 "message":"Keys for idempotent requests can only be used with the same parameters they were first used with."}}""");

        assertEquals("charge_already_refunded", gateway.refund("pi_1", AMOUNT, "refund:7").declineCode());
        assertEquals("idempotency_key_reused", gateway.refund("pi_1", Money.of(1, "EUR"), "refund:7").declineCode());
    }

    @Test
    void aRefundWithoutAnswerIsAGatewayFailureToAskAgain() {
        stripe.answers(503, "{\"error\":{\"type\":\"api_error\",\"message\":\"Service unavailable\"}}");

        assertThrows(GatewayException.class, () -> gateway.refund("pi_1", AMOUNT, "refund:7"));
    }

    private static String intent(String id, String status) {
        return """
                {"id":"%s","object":"payment_intent","amount":1850,"amount_capturable":1850,"currency":"eur",
                 "capture_method":"manual","confirmation_method":"automatic","livemode":false,"status":"%s"}"""
                .formatted(id, status);
    }

    private static String cardError(String code, String declineCode, String message) {
        return """
                {"error":{"type":"card_error","code":"%s",%s"message":"%s","param":"",
                 "doc_url":"https://stripe.com/docs/error-codes/%s"}}"""
                .formatted(code, declineCode == null ? "" : "\"decline_code\":\"" + declineCode + "\",", message, code);
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }
}
