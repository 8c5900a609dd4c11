package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A logged-in customer's basket is kept between visits and devices, and every change made on one is there on the next;
 * what the basket cannot take back is said, not lost silently.
 */
@ExtendWith(Platform.class)
class KeptBasketUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("kept-basket-end");

    private WebDriver laptop;
    private WebDriver phone;

    @Test
    void aBasketFilledOnOneDeviceIsThereAtTheNextLoginOnAnotherWithItsChanges() {
        String alice = Api.token("alice");
        assertEquals(204, Api.delete("/ordering/api/cart", alice).status());

        laptop = browsers.open("en", "laptop");
        Browsers.logIn(laptop, "/shop/login.xhtml", "alice", Api.PASSWORD);
        Browsers.chooseLanguage(laptop, "en");
        laptop.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(laptop, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(laptop, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        laptop.findElement(test("add-101")).click();
        waitFor(laptop, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(2)"));
        laptop.quit();
        laptop = null;

        List<JsonObject> kept = Api.get("/ordering/api/cart", alice).object().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(1, kept.size(), kept::toString);
        assertEquals(101, kept.get(0).getInt("productId"));
        assertEquals(2, kept.get(0).getInt("quantity"));

        phone = browsers.open("en", "phone");
        Browsers.logIn(phone, "/shop/login.xhtml", "alice", Api.PASSWORD);
        Browsers.chooseLanguage(phone, "en");
        phone.get(Platform.baseUrl() + "/shop/basket.xhtml");
        waitFor(phone, 30).until(ExpectedConditions.textToBe(test("quantity-101"), "2"));
        phone.findElement(test("decrease-101")).click();
        waitFor(phone, 30).until(ExpectedConditions.textToBe(test("quantity-101"), "1"));

        assertEquals(1, Api.get("/ordering/api/cart", alice).object().getJsonArray("lines").getJsonObject(0).getInt("quantity"),
                "the change made on the phone is kept");
        assertEquals(204, Api.delete("/ordering/api/cart", alice).status());
    }

    /**
     * A kept basket holds Chez Marcel's beef bourguignon (store 1, EUR) and Camden Greens' bananas (store 2, GBP), as a
     * basket kept by another device could: one payment cannot mix the currencies, so at login the bananas are left out,
     * alice is told which and why in her account's language (French), and they leave the kept basket too.
     */
    @Test
    void keptLinesTheBasketCannotTakeAreNamedAtLoginInTheCustomersLanguageAndLeaveTheKeptBasket() {
        String alice = Api.token("alice");
        Api.Response put = Api.put("/ordering/api/cart", alice, """
                {"lines": [{"storeId": 1, "productId": 101, "optionIds": [], "quantity": 1},
                           {"storeId": 2, "productId": 201, "optionIds": [], "quantity": 2}]}""");
        assertEquals(200, put.status(), put::toString);

        laptop = browsers.open("en", "laptop");
        Browsers.logIn(laptop, "/shop/login.xhtml", "alice", Api.PASSWORD);
        String told = waitFor(laptop, 10).until(page -> {
            String text = page.findElement(By.cssSelector(".ui-growl")).getText();
            return text.contains("Bananes bio (lot de 5)") ? text : null;
        });
        assertTrue(told.contains("Camden Greens") && told.contains("GBP") && told.contains("EUR")
                && told.contains("panier enregistré"), told);

        List<JsonObject> kept = Api.get("/ordering/api/cart", alice).object().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(1, kept.size(), "only what the basket took is kept: " + kept);
        assertEquals(101, kept.get(0).getInt("productId"));
        laptop.get(Platform.baseUrl() + "/shop/basket.xhtml");
        waitFor(laptop, 30).until(ExpectedConditions.textToBe(test("quantity-101"), "1"));
        assertTrue(laptop.findElements(test("quantity-201")).isEmpty());
        assertEquals(204, Api.delete("/ordering/api/cart", alice).status());
    }
}
