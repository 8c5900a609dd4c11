package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Mailbox;
import io.quartier.systemtests.support.Mailbox.Mail;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's own account through identity's API: profile, a change of address confirmed from the mailbox, a new
 * password ending the other logins, the address book (another customer's ids are "not found"), the place search, bad
 * input answered with problem details, and the deletion of an account whose order stays, anonymised, for its merchant.
 */
@ExtendWith(Platform.class)
class AccountsProfileIT {

    private static final String PASSWORD = "first-password-1";
    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);

    private final Mailbox mailbox = Platform.mailbox();

    @Test
    void theOwnerChangesNameAndLanguageAndBadInputChangesNothing() throws InterruptedException {
        String token = newCustomer("prof", "en").token();

        Response changed = put("/identity/api/accounts/me/profile", token,
                "{\"displayName\": \"Ida Renamed\", \"locale\": \"de\"}");
        assertEquals(200, changed.status(), changed::toString);
        JsonObject me = get("/identity/api/accounts/me", token).object();
        assertEquals("Ida Renamed", me.getString("displayName"));
        assertEquals("de", me.getString("locale"));

        for (String bad : List.of("{\"displayName\": \"Ida\", \"locale\": \"xx\"}",
                "{\"displayName\": \"\", \"locale\": \"fr\"}",
                "{\"displayName\": \"" + ONE_MEGABYTE + "\", \"locale\": \"fr\"}",
                "{\"displayName\": null}", "not json")) {
            Response refused = put("/identity/api/accounts/me/profile", token, bad);
            assertEquals(bad.length() > 256 * 1024 ? 413 : 400, refused.status(),
                    () -> refused.toString().substring(0, Math.min(300, refused.toString().length())));
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        assertEquals("de", get("/identity/api/accounts/me", token).object().getString("locale"), "nothing changed");
        assertEquals(401, put("/identity/api/accounts/me/profile", null,
                "{\"displayName\": \"Nobody\", \"locale\": \"fr\"}").status());
    }

    @Test
    void aNewAddressTakesEffectOnceTheLinkMailedToItIsFollowedAndTheOldOneIsTold() throws InterruptedException {
        Customer customer = newCustomer("mail", "fr");
        String fresh = "new-" + customer.username() + "@example.org";

        Response wrong = post("/identity/api/accounts/me/email-changes", customer.token(), null,
                "{\"email\": \"%s\", \"currentPassword\": \"not-it-at-all\"}".formatted(fresh));
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals("problem.wrongPassword", wrong.object().getString("code"));

        Response asked = post("/identity/api/accounts/me/email-changes", customer.token(), null,
                "{\"email\": \"%s\", \"currentPassword\": \"%s\"}".formatted(fresh, PASSWORD));
        assertEquals(202, asked.status(), asked::toString);
        Mail link = mailbox.waitFor(fresh, 1);
        assertEquals("Confirmez votre nouvelle adresse Quartier", link.subject(), "in the account's language");
        assertTrue(link.body().contains(Platform.baseUrl() + "/shop/confirm-email.xhtml?token="), link.body());
        assertEquals(customer.email(), me(customer).getString("email"), "nothing changes before the link is followed");

        assertEquals(204, confirm(link.token()).status());
        assertEquals(fresh, me(customer).getString("email"));
        Mail notice = mailbox.waitFor(customer.email(), 2);
        assertEquals("Votre adresse Quartier a été changée", notice.subject());
        assertTrue(notice.body().contains(fresh), notice.body());
        Response again = confirm(link.token());
        assertEquals(400, again.status(), "the link works once: " + again);

        int benHad = mailbox.to("ben@example.org").size();
        Response taken = post("/identity/api/accounts/me/email-changes", customer.token(), null,
                "{\"email\": \"ben@example.org\", \"currentPassword\": \"%s\"}".formatted(PASSWORD));
        assertEquals(202, taken.status(), "a taken address answers the same: " + taken);
        assertEquals("Someone wanted to use your address on Quartier", mailbox.waitFor("ben@example.org", benHad + 1)
                .subject(), "its owner is told, in their language");
        assertEquals(fresh, me(customer).getString("email"));
    }

    @Test
    void aNewPasswordEndsTheOtherLoginsButNotTheOneThatChangedIt() throws InterruptedException {
        Customer customer = newCustomer("pass", "es");
        JsonObject here = login(customer.username(), PASSWORD).object();
        JsonObject elsewhere = login(customer.username(), PASSWORD).object();

        Response wrong = put("/identity/api/accounts/me/password", here.getString("token"),
                "{\"currentPassword\": \"wrong-password\", \"newPassword\": \"second-password-2\"}");
        assertEquals(403, wrong.status(), wrong::toString);
        Response tooShort = put("/identity/api/accounts/me/password", here.getString("token"),
                "{\"currentPassword\": \"%s\", \"newPassword\": \"short\"}".formatted(PASSWORD));
        assertEquals(400, tooShort.status(), tooShort::toString);

        Response changed = put("/identity/api/accounts/me/password", here.getString("token"),
                "{\"currentPassword\": \"%s\", \"newPassword\": \"second-password-2\"}".formatted(PASSWORD));
        assertEquals(204, changed.status(), changed::toString);

        assertEquals(401, refresh(elsewhere.getString("refreshToken")).status(), "the other login is ended");
        assertEquals(200, refresh(here.getString("refreshToken")).status(), "the login that changed it goes on");
        assertEquals(401, login(customer.username(), PASSWORD).status());
        assertEquals(200, login(customer.username(), "second-password-2").status());
    }

    @Test
    void theAddressBookPlacesAddressesKeepsOneDefaultAndHidesOtherCustomersIds() throws InterruptedException {
        String mine = newCustomer("book", "en").token();
        String theirs = newCustomer("other", "en").token();

        Response home = addAddress(mine, "Home", "12 rue des Martyrs, 75009 Paris", false);
        assertEquals(201, home.status(), home::toString);
        assertEquals(48.879, home.object().getJsonNumber("latitude").doubleValue(), 0.001);
        assertEquals(2.3397, home.object().getJsonNumber("longitude").doubleValue(), 0.001);
        assertTrue(home.object().getBoolean("defaultAddress"), "the first address is the default");
        Response work = addAddress(mine, "Work", "Camden Road, London", true);
        assertEquals(201, work.status(), work::toString);
        long homeId = home.object().getJsonNumber("id").longValue();
        long workId = work.object().getJsonNumber("id").longValue();

        List<JsonObject> book = addresses(mine);
        assertEquals(List.of(workId, homeId), book.stream().map(a -> a.getJsonNumber("id").longValue()).toList(),
                "the default first");
        assertFalse(book.get(1).getBoolean("defaultAddress"), "one default only");
        assertEquals(0, addresses(theirs).size());
        assertEquals(200, get("/identity/api/accounts/me", mine).status());
        assertEquals("Camden Road, London", get("/identity/api/accounts/me", mine).object().getString("deliveryAddress"),
                "the account's delivery address is its default's");

        String change = "{\"label\": \"Mine now\", \"line\": \"Brick Lane, London\", \"defaultAddress\": true}";
        assertEquals(404, put("/identity/api/accounts/me/addresses/" + homeId, theirs, change).status());
        assertEquals(404, Api.delete("/identity/api/accounts/me/addresses/" + homeId, theirs).status());
        assertEquals(404, put("/identity/api/accounts/me/addresses/99999999", mine, change).status());
        assertEquals(2, addresses(mine).size(), "untouched by the other customer");

        Response nowhere = addAddress(mine, "Nowhere", "1 Unknown Street, Atlantis", false);
        assertEquals(400, nowhere.status(), nowhere::toString);
        assertEquals("problem.address.notFound", nowhere.object().getString("code"));
        Response huge = addAddress(mine, "Huge", ONE_MEGABYTE, false);
        assertEquals(413, huge.status(), "a JSON body over 256 KB is not even read");
        assertTrue(huge.contentType().startsWith("application/problem+json"), huge.contentType());
        Response noLabel = post("/identity/api/accounts/me/addresses", mine, null, "{\"line\": \"Paris\"}");
        assertEquals(400, noLabel.status(), noLabel::toString);

        Response moved = put("/identity/api/accounts/me/addresses/" + homeId, mine, change);
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(51.5216, moved.object().getJsonNumber("latitude").doubleValue(), 0.001, "placed again");
        assertEquals(204, Api.delete("/identity/api/accounts/me/addresses/" + homeId, mine).status());
        List<JsonObject> left = addresses(mine);
        assertEquals(1, left.size());
        assertTrue(left.get(0).getBoolean("defaultAddress"), "the default went: the one left is the default");

        for (int i = 1; i < 20; i++) {
            assertEquals(201, addAddress(mine, "Place " + i, "Paris", false).status());
        }
        Response tooMany = addAddress(mine, "One too many", "Paris", false);
        assertEquals(409, tooMany.status(), tooMany::toString);
        assertEquals("problem.address.tooMany", tooMany.object().getString("code"));
    }

    @Test
    void anyoneFindsPlacesWithinALimit() {
        Response found = get("/identity/api/places?q=camden", null);
        assertEquals(200, found.status(), found::toString);
        List<JsonObject> places = found.array().getValuesAs(JsonObject.class);
        assertTrue(places.size() >= 1 && places.size() <= 5, places::toString);
        assertTrue(places.get(0).getString("label").contains("Camden"), places::toString);
        assertNotNull(places.get(0).getJsonNumber("latitude"));
        assertEquals(0, get("/identity/api/places?q=Atlantis", null).array().size());
        assertEquals(400, get("/identity/api/places?q=x", null).status());
        assertEquals(400, get("/identity/api/places", null).status());

        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        Response last = null;
        for (int i = 0; i < 31; i++) {
            last = Api.getWithHeaders("/identity/api/places?q=paris", Map.of("X-Forwarded-For", address));
        }
        assertEquals(429, last.status(), last::toString);
        assertNotNull(last.header("Retry-After"));
        assertEquals(200, get("/identity/api/places?q=paris", null).status(), "another address is not held back");
    }

    @Test
    void aDeletedAccountCannotLogInAndItsOrderStaysAnonymisedForItsMerchant() throws InterruptedException {
        String token = login("chloe", Api.PASSWORD).object().getString("token");
        JsonObject order = Orders.place(token, """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 2}], "paymentMethodId": 6,
                 "deliveryAddress": "8 rue Lepic, 75018 Paris"}""");
        long orderId = order.getJsonNumber("id").longValue();
        Response wrong = post("/identity/api/accounts/me/deletion", token, null, "{\"password\": \"not-hers-at-all\"}");
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals(200, get("/identity/api/accounts/me", token).status(), "a wrong password deletes nothing");

        Response deleted = post("/identity/api/accounts/me/deletion", token, null,
                "{\"password\": \"%s\"}".formatted(Api.PASSWORD));
        assertEquals(204, deleted.status(), deleted::toString);

        assertEquals(401, login("chloe", Api.PASSWORD).status(), "the username no longer logs in");
        assertEquals(404, get("/identity/api/accounts/me", token).status(), "nor does its last token reach it");
        Mail goodbye = mailbox.waitFor("chloe@example.org", 1);
        assertEquals("Votre compte Quartier est supprimé", goodbye.subject(), "in her language");
        String merchant = Api.token("marcel");
        JsonObject kept = Eventually.await("order " + orderId + " loses its delivery address", Duration.ofSeconds(30),
                () -> get("/ordering/api/orders/" + orderId, merchant).object(),
                o -> o.getString("deliveryAddress").isEmpty());
        assertEquals(order.getJsonNumber("totalMinor").longValue(), kept.getJsonNumber("totalMinor").longValue());
        assertEquals(order.getJsonArray("lines"), kept.getJsonArray("lines"), "the lines stay for the books");
        assertEquals(order.getString("placedAt"), kept.getString("placedAt"));
        JsonObject asAdmin = get("/ordering/api/orders/" + orderId, Api.token("admin")).object();
        assertEquals("", asAdmin.getString("deliveryAddress"));
    }

    private record Customer(String username, String email, String token) {
    }

    /** A new customer, signed up and confirmed, logged in. */
    private static Customer newCustomer(String prefix, String locale) throws InterruptedException {
        String name = Customers.signUpAndConfirm(prefix, PASSWORD, locale);
        Response login = login(name, PASSWORD);
        assertEquals(200, login.status(), login::toString);
        return new Customer(name, name + "@example.org", login.object().getString("token"));
    }

    private static JsonObject me(Customer customer) {
        return get("/identity/api/accounts/me", customer.token()).object();
    }

    private static Response confirm(String token) {
        return post("/identity/api/accounts/email-confirmations", null, null, "{\"token\": \"%s\"}".formatted(token));
    }

    private static Response addAddress(String token, String label, String line, boolean isDefault) {
        return post("/identity/api/accounts/me/addresses", token, null,
                "{\"label\": \"%s\", \"line\": \"%s\", \"defaultAddress\": %s}".formatted(label, line, isDefault));
    }

    private static List<JsonObject> addresses(String token) {
        Response r = get("/identity/api/accounts/me/addresses", token);
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class);
    }

    private static Response refresh(String refreshToken) {
        return post("/identity/api/tokens/refresh", null, null, "{\"refreshToken\": \"%s\"}".formatted(refreshToken));
    }

    private static Response login(String username, String password) {
        return Api.postWithHeaders("/identity/api/tokens", Map.of("X-Forwarded-For", "198.51.100.78"),
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
    }
}
