package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One basket of two stores in the shop (demo data: Chez Marcel, store 1, open around the clock, its beef
 * bourguignon 101 at 10 % VAT; Fromagerie Dupont, store 3, made to open around the clock while this test runs, its
 * Camembert 302 at 5.5 %): the basket shows a section per store and one delivery fee, is kept with both stores for the
 * next login, refuses a declined card and keeps the basket, then is paid with alice's saved card as one multi-store
 * order; the Fromagerie rejects its part and the customer goes on without it, charged only for the other part. A basket
 * of both is also ordered for a time tomorrow that both stores offer, chosen on the stores' clock.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
class MultiStoreBasketUiIT {

    private static final long CARD = 1;
    private static final long DECLINED_CARD = 2;

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("multi-store-basket-end");

    @Test
    void aBasketOfTwoStoresIsKeptPaidOnceAndGoesOnWithoutTheStoreThatRejects() {
        String alice = Api.token("alice");
        WebDriver laptop = basketOfBothOnALaptop();
        assertEquals(List.of(1L, 3L), Api.get("/ordering/api/cart", alice).object().getJsonArray("lines")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getJsonNumber("storeId").longValue()).toList(),
                "the basket is kept with both stores");
        waitFor(laptop, 30).until(ExpectedConditions.attributeToBe(test("store-status-3"), "data-status", "OPEN"));
        assertEquals(1, laptop.findElements(test("delivery-fee")).size(), "one delivery fee");
        assertEquals(1, laptop.findElements(test("slot")).size(), "but a time every store offers");
        assertTrue(laptop.findElement(test("several-stores")).getText().contains("a coupon applies once"));
        String shownFee = cents(laptop.findElement(test("delivery-fee")).getText());
        String shownTotal = cents(laptop.findElement(test("total")).getText());
        assertEquals("18.50", laptop.findElement(test("store-subtotal-1")).getText().replaceAll("[^0-9.]", ""));
        assertEquals("6.90", laptop.findElement(test("store-subtotal-3")).getText().replaceAll("[^0-9.]", ""));
        assertTrue(laptop.findElements(test("store-vat-1-10")).size() == 1
                && laptop.findElements(test("store-vat-3-5.5")).size() == 1, "each store's VAT at its rate");
        String code = "basket-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Response coupon = Api.post("/promotion/api/merchants/me/promotions", Api.token("fromagerie"), null,
                "{\"kind\": \"COUPON\", \"code\": \"" + code + "\", \"amountMinor\": 100, \"currency\": \"EUR\"}");
        assertEquals(200, coupon.status(), coupon::toString);
        laptop.findElement(test("coupon-code")).sendKeys(code);
        laptop.findElement(test("apply-coupon")).click();
        waitFor(laptop, 30).until(d -> storeOffers(d, 3).contains(code.toUpperCase()));
        assertTrue(storeOffers(laptop, 3).matches("(?s).*" + code.toUpperCase() + "[^\\n]*1\\.00.*"),
                "the Fromagerie's coupon takes 1.00 off its part: " + storeOffers(laptop, 3));
        assertTrue(storeOffers(laptop, 1).contains("not valid in this shop"), "and why not at Chez Marcel: "
                + storeOffers(laptop, 1));
        assertEquals(String.valueOf(Long.parseLong(shownTotal) - 100), cents(laptop.findElement(test("total"))
                .getText()), "the coupon is taken off the total once");
        Browsers.screenshot(laptop, "multi-store-basket");
        laptop.quit();

        WebDriver phone = browsers.open("en", "phone");
        Browsers.logIn(phone, "/shop/login.xhtml", "alice", Api.PASSWORD);
        Browsers.chooseLanguage(phone, "en");
        phone.get(Platform.baseUrl() + "/shop/basket.xhtml");
        assertTwoSections(phone);

        By error = By.cssSelector(".ui-messages-error");
        placeOrder(phone, DECLINED_CARD, ExpectedConditions.visibilityOfElementLocated(error));
        String refusal = phone.findElement(error).getText();
        assertTrue(refusal.contains("Your payment was declined"), refusal);
        assertTrue(phone.getCurrentUrl().contains("basket"), phone.getCurrentUrl());
        assertTwoSections(phone);

        placeOrder(phone, CARD, ExpectedConditions.urlContains("orders/group.xhtml"));
        long groupId = Long.parseLong(phone.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject group = Api.get("/ordering/api/orders/groups/" + groupId, alice).object();
        long fee = group.getJsonNumber("deliveryFeeMinor").longValue();
        long total = group.getJsonNumber("totalMinor").longValue();
        assertEquals(1850 + 690 + fee, total, "both stores' items and one delivery fee: " + group);
        assertEquals(shownFee, cents(fee), "the one fee the basket showed is the one charged");
        assertEquals(shownTotal, cents(total), "what the basket showed is what is held");
        assertEquals(cents(total), cents(phone.findElement(test("group-total")).getText()));
        assertEquals(List.of("PLACED", "PLACED"), statuses(phone));
        assertTrue(Api.get("/ordering/api/cart", alice).object().getJsonArray("lines").isEmpty(),
                "placing the order took both stores' lines out of the kept basket");

        List<JsonObject> parts = group.getJsonArray("parts").stream().map(JsonValue::asJsonObject).toList();
        JsonObject bistro = parts.stream().filter(p -> p.getJsonNumber("storeId").longValue() == 1).findFirst().orElseThrow();
        JsonObject cheese = parts.stream().filter(p -> p.getJsonNumber("storeId").longValue() == 3).findFirst().orElseThrow();
        Response rejected = Api.post("/ordering/api/orders/" + cheese.getJsonNumber("id").longValue() + "/reject",
                Api.token("fromagerie"), null, "{\"reason\": \"OUT_OF_STOCK\"}");
        assertEquals(200, rejected.status(), rejected::toString);

        waitFor(phone, 60).until(ExpectedConditions.visibilityOfElementLocated(test("group-choice")));
        Browsers.click(phone, test("group-go-on"));
        waitFor(phone, 30).until(ExpectedConditions.invisibilityOfElementLocated(test("group-choice")));
        assertEquals(List.of("PLACED", "REJECTED"), statuses(phone));
        long charged = bistro.getJsonNumber("totalMinor").longValue();
        assertEquals(1850 + fee, charged, "the part left carries the one fee");
        assertEquals(cents(charged), cents(phone.findElement(test("group-charged")).getText()),
                "only the bistro's part is charged");
        Browsers.screenshot(phone, "multi-store-went-on");

        Response cancelled = Api.post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null);
        assertEquals(200, cancelled.status(), cancelled::toString);
    }

    @Test
    void aBasketOfTwoStoresIsOrderedForATimeTomorrowBothOfferAndItsPageShowsIt() {
        String alice = Api.token("alice");
        List<String> both = MultiStoreOrders.slotsBothOfferTomorrow();
        assertTrue(both.size() > 2, both::toString);
        String slot = both.get(both.size() / 2);
        ZonedDateTime local = Instant.parse(slot).atZone(MultiStoreOrders.PARIS);
        WebDriver laptop = basketOfBothOnALaptop();

        new Select(waitFor(laptop, 30).until(ExpectedConditions.presenceOfElementLocated(test("slot-day"))))
                .selectByValue(local.toLocalDate().toString());
        By offered = By.cssSelector("[data-test='slot'] option[value='" + slot + "']");
        WebElement option = waitFor(laptop, 30).until(ExpectedConditions.presenceOfElementLocated(offered));
        assertEquals("%02d:%02d".formatted(local.getHour(), local.getMinute()), option.getText(),
                "on the stores' clock (Paris)");
        List<String> choices = laptop.findElements(By.cssSelector("[data-test='slot'] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !"asap".equals(v)).toList();
        assertTrue(both.containsAll(choices), "only times both stores offer: " + choices);
        Browsers.screenshot(laptop, "multi-store-basket-slot");

        for (int attempt = 0; attempt < 3 && !laptop.getCurrentUrl().contains("orders/group.xhtml"); attempt++) {
            new Select(waitFor(laptop, 30).until(ExpectedConditions.presenceOfElementLocated(test("slot"))))
                    .selectByValue(slot);
            try {
                placeOrder(laptop, CARD, ExpectedConditions.urlContains("orders/group.xhtml"));
            } catch (AssertionError lost) {
                // a push re-rendered the basket and its choice: chosen again
            }
        }
        assertTrue(laptop.getCurrentUrl().contains("orders/group.xhtml"), laptop.getCurrentUrl());
        long groupId = Long.parseLong(laptop.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject group = Api.get("/ordering/api/orders/groups/" + groupId, alice).object();
        assertEquals(slot, group.getString("scheduledFor"), group::toString);
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), statuses(laptop));
        String shown = waitFor(laptop, 30).until(ExpectedConditions.visibilityOfElementLocated(
                test("group-scheduled-for"))).getText();
        String minutes = ":%02d".formatted(local.getMinute());
        int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        assertTrue(shown.contains(String.valueOf(local.getDayOfMonth()))
                && (shown.contains(local.getHour() + minutes) || shown.contains(hour12 + minutes)), shown);
        Browsers.screenshot(laptop, "multi-store-scheduled");

        Response cancelled = Api.post("/ordering/api/orders/groups/" + groupId + "/cancel", alice, null, null);
        assertEquals(200, cancelled.status(), cancelled::toString);
    }

    /** Alice, on a laptop in English, puts a dish of each store in her basket and opens it. */
    private WebDriver basketOfBothOnALaptop() {
        WebDriver laptop = browsers.open("en", "laptop");
        logIn(laptop, "/shop/login.xhtml", "alice");
        Browsers.chooseLanguage(laptop, "en");
        add(laptop, 1, 101, "(1)");
        add(laptop, 3, 302, "(2)");
        laptop.get(Platform.baseUrl() + "/shop/basket.xhtml");
        assertTwoSections(laptop);
        return laptop;
    }

    /** Adds one of the product on its store's page and waits for the basket to count {@code count}. */
    private static void add(WebDriver driver, long storeId, long productId, String count) {
        driver.get(Platform.baseUrl() + "/shop/store.xhtml?id=" + storeId);
        waitFor(driver, 30).until(ExpectedConditions.elementToBeClickable(test("add-" + productId))).click();
        waitFor(driver, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), count));
    }

    private static void assertTwoSections(WebDriver driver) {
        waitFor(driver, 30).until(ExpectedConditions.presenceOfElementLocated(test("store-section-1")));
        waitFor(driver, 30).until(ExpectedConditions.presenceOfElementLocated(test("store-section-3")));
        assertEquals(1, driver.findElements(By.cssSelector("[data-test='store-section-1'] [data-test='line-101']")).size());
        assertEquals(1, driver.findElements(By.cssSelector("[data-test='store-section-3'] [data-test='line-302']")).size());
    }

    /**
     * Chooses the payment method, types an address when none is there, and places the order until {@code answered}
     * holds. The basket is live: a push may re-render it between typing and clicking, so the click is given again
     * until the basket answers; its checkout key keeps it one order.
     */
    private static void placeOrder(WebDriver driver, long paymentMethodId, ExpectedCondition<?> answered) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Browsers.click(driver, By.cssSelector("input[name='basket:paymentMethod'][value='" + paymentMethodId + "']"));
            WebElement address = waitFor(driver, 30).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("basket:address")));
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("12 rue des Martyrs, 75009 Paris", Keys.TAB);
            }
            Browsers.click(driver, test("place-order"));
            try {
                waitFor(driver, 60).until(answered);
                return;
            } catch (TimeoutException lost) {
                // the click was lost to a re-render: given again
            }
        }
        throw new AssertionError("the basket did not answer: " + driver.getCurrentUrl());
    }

    private static List<String> statuses(WebDriver driver) {
        return driver.findElements(test("group-part")).stream().map(row -> row.getAttribute("data-status")).toList();
    }

    /** An amount as the page writes it ("€27.40") or in minor units (2740), as digits only. */
    /** The offers a store's section of the basket shows, one a line. */
    private static String storeOffers(WebDriver driver, long storeId) {
        return String.join("\n", driver.findElements(test("store-offer-" + storeId)).stream().map(WebElement::getText)
                .toList());
    }

    private static String cents(Object amount) {
        return amount.toString().replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
    }
}
