package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.delete;
import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved cards: added by the token of the sandbox's own card form (the number never goes to payment's API), listed,
 * made default, removed, paid with at checkout; only their owner sees or changes them.
 */
@ExtendWith(Platform.class)
class PaymentMethodsIT {

    @Test
    void aCardFromTheGatewaysFormIsSavedMadeDefaultPaidWithAndRemoved() throws Exception {
        String customer = token(Customers.signUpAndConfirm("cards", Api.PASSWORD, "en"));
        assertEquals(0, get("/payment/api/payment-methods", customer).array().size());

        JsonObject visa = saved(customer, SandboxCardForm.token("4242 4242 4242 4242"));
        JsonObject mastercard = saved(customer, SandboxCardForm.token("5555 5555 5555 4444"));

        assertEquals("4242", visa.getString("last4"));
        assertEquals("Mastercard", mastercard.getString("brand"));
        assertEquals(12, mastercard.getInt("expiryMonth"));
        assertEquals(2031, mastercard.getInt("expiryYear"));
        assertTrue(visa.getBoolean("preferred"), "the first card is the default");
        assertFalse(mastercard.getBoolean("preferred"));
        assertFalse(mastercard.toString().contains("tok_"), "the token stays inside payment");

        Api.Response preferred = put("/payment/api/payment-methods/" + id(mastercard) + "/preferred", customer, "{}");
        assertEquals(200, preferred.status(), preferred::toString);
        assertEquals(List.of(id(mastercard), id(visa)), ids(customer), "the default first");

        JsonObject order = Orders.place(customer, Orders.inParis(1, 101, 1, id(mastercard)));
        assertTrue(order.getJsonNumber("paymentAuthorizationId").longValue() > 0, order::toString);

        assertEquals(204, delete("/payment/api/payment-methods/" + id(mastercard), customer).status());
        assertEquals(List.of(id(visa)), ids(customer));
        assertTrue(get("/payment/api/payment-methods", customer).array().getJsonObject(0).getBoolean("preferred"),
                "the next card becomes the default");
        Api.Response removedCard = post("/ordering/api/orders", customer, "removed-card-" + id(mastercard),
                Orders.inParis(1, 101, 1, id(mastercard)));
        assertEquals(422, removedCard.status(), () -> "a removed card is never charged: " + removedCard);
        assertEquals("problem.notFound", removedCard.object().getString("code"), "payment knows it no more");
    }

    @Test
    void aCardInAPhonesWalletIsSavedByItsDeviceTokenShownWithItsWalletAndPays() throws Exception {
        String customer = token(Customers.signUpAndConfirm("phonepay", Api.PASSWORD, "en"));
        JsonObject apple = saved(customer, SandboxCardForm.deviceToken("apple_pay"));
        JsonObject google = saved(customer, SandboxCardForm.deviceToken("google_pay"));

        assertEquals("apple_pay", apple.getString("deviceWallet"));
        assertEquals("google_pay", google.getString("deviceWallet"));
        assertEquals("CARD", apple.getString("kind"));
        assertTrue(apple.getString("last4").matches("[0-9]{4}"), apple::toString);
        assertFalse(apple.toString().contains("tok_"), "the device token stays inside payment");
        JsonObject order = Orders.place(customer, Orders.inParis(1, 101, 1, id(google)));
        assertTrue(order.getJsonNumber("paymentAuthorizationId").longValue() > 0, order::toString);

        Api.Response samsung = Api.postAs(SandboxCardForm.WALLET_SHEET, null, "application/x-www-form-urlencoded",
                "return=%2Fshop%2Faccount%2Fpayment-methods.xhtml&state=state12345&wallet=samsung_pay&confirm=");
        assertEquals(400, samsung.status(), "only the wallets the sandbox plays");
        Api.Response elsewhere = Api.postAs(SandboxCardForm.WALLET_SHEET, null, "application/x-www-form-urlencoded",
                "return=https%3A%2F%2Fevil.example%2F&state=state12345&wallet=apple_pay&confirm=");
        assertEquals(400, elsewhere.status(), "the sheet sends nobody to another site");
        Api.Response sheet = Api.get(SandboxCardForm.WALLET_SHEET
                + "?wallet=google_pay&return=%2Fshop%2Faccount%2Fpayment-methods.xhtml&state=state12345", null);
        assertEquals(200, sheet.status(), sheet::toString);
        assertTrue(sheet.body().contains("Google Pay"), sheet::body);
    }

    @Test
    void onlyItsOwnerSeesOrChangesACard() throws Exception {
        String owner = token(Customers.signUpAndConfirm("owner", Api.PASSWORD, "en"));
        long card = id(saved(owner, SandboxCardForm.token("4242424242424242")));

        String alice = token("alice");
        assertEquals(404, delete("/payment/api/payment-methods/" + card, alice).status());
        assertEquals(404, put("/payment/api/payment-methods/" + card + "/preferred", alice, "{}").status());
        assertFalse(ids(alice).contains(card));
        for (String other : List.of("marcel", "carlos")) {
            assertEquals(403, get("/payment/api/payment-methods", token(other)).status(), other);
            assertEquals(403, delete("/payment/api/payment-methods/" + card, token(other)).status(), other);
            assertEquals(403, post("/payment/api/payment-methods", token(other), null,
                    "{\"token\": \"" + SandboxCardForm.token("4242424242424242") + "\"}").status(), other);
        }
        assertEquals(List.of(card), ids(owner));
    }

    @Test
    void aTokenTheGatewayNeverGaveOrANumberInPlaceOfATokenIsRefused() {
        String alice = token("alice");
        Api.Response forged = post("/payment/api/payment-methods", alice, null, "{\"token\": \"tok_sandbox_visa.0000\"}");
        Api.Response number = post("/payment/api/payment-methods", alice, null, "{\"token\": \"4242424242424242\"}");

        assertEquals(422, forged.status(), forged::toString);
        assertEquals("problem.paymentMethod.unknownToken", forged.object().getString("code"));
        assertEquals(422, number.status(), number::toString);
        Api.Response notATestCard = Api.postAs(SandboxCardForm.PATH, null, "application/x-www-form-urlencoded",
                "return=%2Fshop%2Faccount%2Fpayment-methods.xhtml&state=state12345&number=1234567812345678"
                        + "&expiryMonth=12&expiryYear=2031&cvc=123");
        assertEquals(422, notATestCard.status());
        assertFalse(notATestCard.body().contains("1234567812345678"), "the form never echoes a number");
        Api.Response elsewhere = Api.postAs(SandboxCardForm.PATH, null, "application/x-www-form-urlencoded",
                "return=https%3A%2F%2Fevil.example%2F&state=state12345&number=4242424242424242"
                        + "&expiryMonth=12&expiryYear=2031&cvc=123");
        assertEquals(400, elsewhere.status(), "the form sends nobody to another site");
    }

    static JsonObject saved(String customer, String cardToken) {
        Api.Response saved = post("/payment/api/payment-methods", customer, null, "{\"token\": \"" + cardToken + "\"}");
        assertEquals(200, saved.status(), saved::toString);
        return saved.object();
    }

    static long id(JsonObject method) {
        return method.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(String customer) {
        return get("/payment/api/payment-methods", customer).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
