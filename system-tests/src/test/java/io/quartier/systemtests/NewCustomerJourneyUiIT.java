package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.Mailbox;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey of a new customer, in German, in the browser: signs up, confirms the address through the mailed
 * link, adds a home address to the book, finds the shops that deliver there, saves a card in the gateway's form, fills
 * a basket from two shops (Chez Marcel and the Fromagerie, opened around the clock while this runs) for a time
 * tomorrow both offer and pays once (both parts wait, scheduled, in each merchant's portal), then a basket for now
 * from the same shops; both merchants work their part in the portal (accept, preparing, ready) while the customer's group page follows
 * every step by push; one courier picks both parts up and delivers at the door with the one code; support gives part
 * of the bistro's money back, which the part's page shows; the customer rates
 * both shops and the courier on each part's page, sees each shop's average stars on its page and in the list, and
 * each merchant reads its review.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
class NewCustomerJourneyUiIT {

    private static final String PASSWORD = "journey-pass-1";

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("new-customer-journey-end");

    @AfterEach
    void couriersOffline() {
        Couriers.available("dora", "OFFLINE");
        Couriers.available("carlos", "OFFLINE");
    }

    @Test
    void aNewCustomerSignsUpOrdersFromTwoShopsFollowsBothKitchensAndTheCourierAndRatesThem()
            throws InterruptedException {
        String name = "reise" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        WebDriver customer = browsers.open("de", "customer");

        // signs up and confirms the address, in German
        customer.get(Platform.baseUrl() + "/shop/login.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(By.id("signUp"))).click();
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:username")))
                .sendKeys(name);
        customer.findElement(By.id("signup:displayName")).sendKeys("Erika Muster");
        customer.findElement(By.id("signup:email")).sendKeys(email);
        customer.findElement(By.id("signup:password")).sendKeys(PASSWORD);
        customer.findElement(By.id("signup:submit")).click();
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("signup-sent")));
        Mailbox.Mail mail = Platform.mailbox().waitFor(email, 1);
        assertEquals("Bestätigen Sie Ihr Quartier-Konto", mail.subject(), "the mail in the visitor's language");
        customer.get(Platform.baseUrl() + "/shop/verify.xhtml?token=" + mail.token());
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("verify-done")));
        logIn(customer, "/shop/login.xhtml", name, PASSWORD);
        assertEquals("de", customer.findElement(By.tagName("html")).getAttribute("lang"));
        String token = Api.token(name, PASSWORD);

        // a home address in the book, then the shops that deliver there
        customer.get(Platform.baseUrl() + "/shop/account/addresses.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("address:label")))
                .sendKeys("Zuhause");
        customer.findElement(By.id("address:line")).sendKeys("12 rue des Martyrs, 75009 Paris");
        customer.findElement(By.id("address:save")).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("address-row"), "Zuhause"));
        customer.get(Platform.baseUrl() + "/shop/index.xhtml");
        customer.findElement(By.id("deliverTo:change")).click();
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("deliver-to-address"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("deliver-to-label"), "Zuhause"));
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("nearby")));
        assertEquals(Set.of("1", "3"), customer.findElements(By.cssSelector("[data-test='nearby'] li[data-store]"))
                .stream().map(li -> li.getAttribute("data-store")).collect(Collectors.toSet()),
                "the Paris shops deliver to the home address, London's and Casablanca's do not");

        // a card saved in the gateway's own form
        customer.get(Platform.baseUrl() + "/shop/account/payment-methods.xhtml");
        SandboxCardForm.fillIn(customer, "4242 4242 4242 4242");

        // the merchants' queues open, live
        WebDriver marcel = browsers.open("fr", "marcel");
        logIn(marcel, "/backoffice/login.xhtml", "marcel");
        Browsers.openLive(marcel, "/backoffice/merchant/orders.xhtml");
        WebDriver fromagerie = browsers.open("en", "fromagerie");
        logIn(fromagerie, "/backoffice/login.xhtml", "fromagerie");
        Browsers.openLive(fromagerie, "/backoffice/merchant/orders.xhtml");

        // a basket from the two shops found, for a time tomorrow both offer: paid once, waiting in both portals
        List<String> both = MultiStoreOrders.slotsBothOfferTomorrow();
        assertTrue(both.size() > 2, both::toString);
        String slot = both.get(both.size() / 2);
        openFromFinder(customer, 1);
        add(customer, 101, "(1)");
        openFromFinder(customer, 3);
        add(customer, 302, "(2)");
        customer.get(Platform.baseUrl() + "/shop/basket.xhtml");
        new Select(waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("slot-day"))))
                .selectByValue(Instant.parse(slot).atZone(MultiStoreOrders.PARIS).toLocalDate().toString());
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test='slot'] option[value='" + slot + "']")));
        for (int attempt = 0; attempt < 3 && !customer.getCurrentUrl().contains("orders/group.xhtml"); attempt++) {
            new Select(waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("slot"))))
                    .selectByValue(slot);
            try {
                pay(customer, ExpectedConditions.urlContains("orders/group.xhtml"));
            } catch (AssertionError lost) {
                // a push re-rendered the basket and its choice: chosen again
            }
        }
        long tomorrow = Long.parseLong(customer.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertStatuses(customer, "SCHEDULED", "SCHEDULED");
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("group-scheduled-for")));
        JsonObject scheduled = Api.get("/ordering/api/orders/groups/" + tomorrow, token).object();
        assertEquals(slot, scheduled.getString("scheduledFor"), scheduled::toString);
        for (JsonObject part : MultiStoreOrders.parts(scheduled)) {
            WebDriver merchant = part.getJsonNumber("storeId").longValue() == 1 ? marcel : fromagerie;
            Browsers.click(merchant, By.cssSelector("input[name='orders:filter'][value='SCHEDULED']"));
            waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(
                    test("scheduled-" + part.getJsonNumber("id"))));
            assertTrue(merchant.findElements(test("accept-" + part.getJsonNumber("id"))).isEmpty(),
                    "not the kitchen's to accept before its time");
            Browsers.click(merchant, By.cssSelector("input[name='orders:filter'][value='ALL']"));
        }

        // and one for now from the same two shops, which both kitchens work at once
        openFromFinder(customer, 1);
        add(customer, 101, "(1)");
        openFromFinder(customer, 3);
        add(customer, 302, "(2)");
        customer.get(Platform.baseUrl() + "/shop/basket.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("store-section-3")));
        assertEquals(1, customer.findElements(test("delivery-fee")).size(), "one delivery for both shops");
        pay(customer, ExpectedConditions.urlContains("orders/group.xhtml"));
        long groupId = Long.parseLong(customer.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        Browsers.markLive(customer);
        JsonObject group = Api.get("/ordering/api/orders/groups/" + groupId, token).object();
        Map<Long, Long> partOfStore = group.getJsonArray("parts").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getJsonNumber("storeId").longValue(),
                        p -> p.getJsonNumber("id").longValue()));
        long bistro = partOfStore.get(1L);
        long cheese = partOfStore.get(3L);
        assertStatuses(customer, "PLACED", "PLACED");

        // each kitchen works its own part; the customer's page follows by push
        work(marcel, bistro);
        work(fromagerie, cheese);
        assertStatuses(customer, "READY", "READY");

        // one courier for the tour, one code at the door
        Couriers.available("dora", "ONLINE");
        Couriers.available("carlos", "ONLINE");
        String[] couriers = {Api.token("dora"), Api.token("carlos")};
        String courier = couriers[Couriers.awaitOffer(Set.of(bistro, cheese), Duration.ofSeconds(90), couriers)];
        Map<Long, JsonObject> jobs = Eventually.await("both parts offered to one courier", Duration.ofSeconds(30),
                () -> Api.get("/delivery/api/jobs", courier).array().getValuesAs(JsonObject.class).stream()
                        .filter(j -> Set.of(bistro, cheese).contains(j.getJsonNumber("orderId").longValue()))
                        .collect(Collectors.toMap(j -> j.getJsonNumber("orderId").longValue(), Function.identity())),
                found -> found.size() == 2);
        long bistroJob = jobs.get(bistro).getJsonNumber("id").longValue();
        long cheeseJob = jobs.get(cheese).getJsonNumber("id").longValue();
        Response accepted = Api.post("/delivery/api/jobs/" + bistroJob + "/acceptance", courier, null, null);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(200, Couriers.pickUp(bistroJob, courier, Couriers.pickupCode(bistro, "marcel")).status());
        assertEquals(200, Couriers.pickUp(cheeseJob, courier, Couriers.pickupCode(cheese, "fromagerie")).status());
        assertStatuses(customer, "PICKED_UP", "PICKED_UP");
        Response delivered = Couriers.deliver(cheeseJob, courier, Couriers.deliveryCode(bistro, token));
        assertEquals(200, delivered.status(), delivered::toString);
        assertStatuses(customer, "DELIVERED", "DELIVERED");
        Browsers.assertNeverReloaded(customer);
        Browsers.assertNeverReloaded(marcel);
        Browsers.assertNeverReloaded(fromagerie);
        Browsers.screenshot(customer, "journey-delivered");

        // support gives part of the bistro's money back; the customer's order page shows it
        String support = Api.token("support");
        Response refunded = Eventually.await("the bistro's part is captured and refunded", Duration.ofSeconds(120),
                () -> Api.post("/payment/api/refunds", support, "journey-" + bistro, """
                        {"orderId": %d, "fault": "MERCHANT", "full": false, "itemsMinor": 200, "deliveryFeeMinor": 0,
                         "tipMinor": 0, "reason": "a side was missing"}""".formatted(bistro)),
                answer -> answer.status() == 200);
        long refundId = refunded.object().getJsonNumber("id").longValue();

        // rates both shops and the courier
        rate(customer, bistro, 5, 4, "Sehr gut, noch warm");
        assertTrue(waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("refund-" + refundId)))
                .getText().contains("2,00"), "the refund on the part's page, in German");
        rate(customer, cheese, 4, 4, "Guter Käse");
        for (long store : List.of(1L, 3L)) {
            customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=" + store);
            String stars = waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                    test("store-rating"))).getText();
            assertTrue(stars.matches(".*\\d.*"), "the shop's page shows its average stars: " + stars);
        }
        customer.get(Platform.baseUrl() + "/shop/index.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("rating-3")));
        for (Map.Entry<WebDriver, Long> review : Map.of(marcel, bistro, fromagerie, cheese).entrySet()) {
            WebDriver merchant = review.getKey();
            merchant.get(Platform.baseUrl() + "/backoffice/merchant/reviews.xhtml");
            waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(test("review-" + review.getValue())));
        }
        assertTrue(marcel.getPageSource().contains("Sehr gut, noch warm"));
        assertTrue(fromagerie.getPageSource().contains("Guter Käse"));

        Response cancelled = Api.post("/ordering/api/orders/groups/" + tomorrow + "/cancel", token, null, null);
        assertEquals(200, cancelled.status(), "tomorrow's order is called off, its kitchen places given back: "
                + cancelled);
    }

    /** Opens a shop from the list of shops that deliver to the chosen address. */
    private static void openFromFinder(WebDriver customer, long storeId) {
        customer.get(Platform.baseUrl() + "/shop/index.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-test='nearby'] li[data-store='" + storeId + "'] a"))).click();
        waitFor(customer, 30).until(ExpectedConditions.urlContains("store.xhtml?id=" + storeId));
    }

    private static void add(WebDriver customer, long productId, String count) {
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-" + productId)));
        Browsers.click(customer, test("add-" + productId));
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), count));
    }

    /** Pays the basket with the saved card until {@code answered}: a push may re-render the live basket and eat a click. */
    private static void pay(WebDriver customer, ExpectedCondition<?> answered) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Browsers.click(customer, By.cssSelector("input[name='basket:paymentMethod']"));
            var address = waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("basket:address")));
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("12 rue des Martyrs, 75009 Paris", Keys.TAB);
            }
            Browsers.click(customer, test("place-order"));
            try {
                waitFor(customer, 60).until(answered);
                return;
            } catch (TimeoutException lost) {
                // the click was lost to a re-render: given again, the checkout key keeps it one order
            }
        }
        throw new AssertionError("the basket did not answer: " + customer.getCurrentUrl());
    }

    /** The merchant accepts its part on the live queue, starts preparing it and says it is ready. */
    private static void work(WebDriver merchant, long orderId) {
        waitFor(merchant, 60).until(ExpectedConditions.elementToBeClickable(test("accept-" + orderId)));
        Browsers.click(merchant, test("accept-" + orderId));
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "ACCEPTED"));
        Browsers.click(merchant, test("preparing-" + orderId));
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status",
                "IN_PREPARATION"));
        Browsers.click(merchant, test("ready-" + orderId));
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "READY"));
    }

    /** The group page's parts, in its order (the bistro's first: it was added first), reach these statuses by push. */
    private static void assertStatuses(WebDriver customer, String... statuses) {
        waitFor(customer, 60).until(d -> d.findElements(test("group-part")).stream()
                .map(row -> row.getAttribute("data-status")).toList().equals(List.of(statuses)));
    }

    /** Rates the shop and the courier who delivered the part on the part's order page. */
    private static void rate(WebDriver customer, long orderId, int storeStars, int courierStars, String comment) {
        customer.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + orderId);
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test='store-stars'] input[value='" + storeStars + "']"))).click();
        customer.findElement(By.cssSelector("[data-test='courier-stars'] input[value='" + courierStars + "']")).click();
        customer.findElement(test("store-comment")).sendKeys(comment);
        customer.findElement(test("rate")).click();
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("rated"), "data-stars",
                String.valueOf(storeStars)));
    }
}
