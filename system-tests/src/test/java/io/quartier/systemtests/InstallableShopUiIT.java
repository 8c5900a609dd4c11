package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Relay;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shop as a phone app: installable (a manifest in the reader's language with its icons, a service worker), usable
 * 360 pixels wide, and showing the last order page seen when the network is gone (cut by a {@link Relay} between the
 * browser and the platform).
 */
@ExtendWith(Platform.class)
class InstallableShopUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("installable-shop-end");

    private WebDriver phone;
    private Relay relay;

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void theManifestNamesTheShopInTheReadersLanguageWithIconsThatExist() {
        JsonObject manifest = Api.getAny("/shop/manifest.webmanifest?lang=fr").object();
        assertEquals("fr", manifest.getString("lang"));
        assertTrue(manifest.getString("name").contains("livrés"), manifest::toString);
        assertEquals("/shop/index.xhtml", manifest.getString("start_url"));
        assertEquals("standalone", manifest.getString("display"));
        assertEquals(List.of("/shop/courier/jobs.xhtml", "/shop/orders/index.xhtml"), manifest.getJsonArray("shortcuts")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("url")).toList(),
                "the courier app and the orders one tap away from the installed app");
        assertEquals("Appli coursier", manifest.getJsonArray("shortcuts").getJsonObject(0).getString("name"));
        for (JsonObject icon : manifest.getJsonArray("icons").getValuesAs(JsonObject.class)) {
            Api.Response png = Api.getAny(icon.getString("src"));
            assertEquals(200, png.status(), icon::toString);
        }
        assertEquals("rtl", Api.getAny("/shop/manifest.webmanifest?lang=ar").object().getString("dir"));
        assertEquals("en", Api.getAny("/shop/manifest.webmanifest?lang=%3Cscript%3E").object().getString("lang"));
    }

    @Test
    void atThreeHundredSixtyPixelsNoPageScrollsSidewaysAndOfflineTheLastOrderIsStillThere() {
        long order = Orders.place(Api.token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        assertEquals(204, Api.delete("/ordering/api/cart", Api.token("alice")).status());
        relay = Relay.toPlatform();
        String site = relay.baseUrl();
        phone = browsers.open("en");
        phone.manage().window().setSize(new Dimension(360, 740));
        phone.get(site + "/shop/login.xhtml");
        waitFor(phone, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("alice");
        phone.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
        phone.findElement(By.id("login:submit")).click();
        waitFor(phone, 30).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        Browsers.chooseLanguage(phone, "en");

        for (String page : List.of("/shop/index.xhtml", "/shop/store.xhtml?id=1", "/shop/basket.xhtml",
                "/shop/orders/index.xhtml", "/shop/account/profile.xhtml", "/shop/orders/order.xhtml?id=" + order,
                "/shop/orders/receipt.xhtml?id=" + order, "/shop/account/addresses.xhtml",
                "/shop/account/payment-methods.xhtml", "/shop/account/wallet.xhtml", "/shop/account/delete.xhtml")) {
            assertFitsThePhone(phone, site + page);
        }

        waitFor(phone, 30).until(driver -> (Boolean) script().executeScript(
                "return navigator.serviceWorker.controller !== null;"));
        phone.navigate().refresh(); // seen through the worker, which keeps it
        waitFor(phone, 30).until(driver -> (Boolean) script().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "caches.match('/shop/orders/last-seen').then(kept => done(kept !== undefined));"));

        relay.cut();

        phone.get(site + "/shop/orders/order.xhtml?id=" + order);
        waitFor(phone, 30).until(ExpectedConditions.visibilityOfElementLocated(test("offline-banner")));
        assertTrue(!phone.findElement(test("order-total")).getText().isBlank(), "the order page as last seen");

        phone.get(site + "/shop/store.xhtml?id=2");
        waitFor(phone, 30).until(ExpectedConditions.visibilityOfElementLocated(test("offline-heading")));
        assertEquals("You are offline", phone.findElement(test("offline-heading")).getText());
        phone.findElement(test("offline-last-order")).click();
        waitFor(phone, 30).until(ExpectedConditions.visibilityOfElementLocated(test("offline-banner")));
    }

    @Test
    void theCourierAppFitsAPhone() {
        WebDriver courier = browsers.open("en");
        courier.manage().window().setSize(new Dimension(360, 740));
        Browsers.logIn(courier, "/shop/login.xhtml", "dora");
        for (String page : List.of("/shop/courier/jobs.xhtml", "/shop/courier/earnings.xhtml")) {
            assertFitsThePhone(courier, Platform.baseUrl() + page);
        }
    }

    /** The page, opened 360 pixels wide, needs no sideways scrolling. */
    private static void assertFitsThePhone(WebDriver driver, String page) {
        driver.get(page);
        waitFor(driver, 30).until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= 360, page + " is " + width + " px wide at 360");
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) phone;
    }
}
