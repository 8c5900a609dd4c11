package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Platform staff create a coupon the platform funds for the merchants they tick, in German, see it listed with where
 * it runs, and pause it; a merchant's own page does not list it; a merchant and support are refused the staff's page.
 */
@ExtendWith(Platform.class)
class PlatformPromotionsUiIT {

    private static final long MARCEL = 1;

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("platform-promotions-end");

    private WebDriver browser;

    @Test
    void anAdminCreatesAPlatformCouponForOneMerchantAndPausesIt() {
        String code = "PF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser = browsers.open("de");
        logIn(browser, "/backoffice/login.xhtml", "admin");
        Browsers.chooseLanguage(browser, "de");
        Browsers.openUntil(browser, "/backoffice/admin/promotions.xhtml", test("create-promotion"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Plattform"),
                browser.findElement(By.tagName("h1")).getText());

        browser.findElement(test("code")).sendKeys(code);
        browser.findElement(test("percent")).sendKeys("7");
        Browsers.click(browser, By.cssSelector("input[name='create:merchants'][value='" + MARCEL + "']"));
        Browsers.click(browser, test("create-promotion"));

        JsonObject created = Eventually.await("the coupon " + code + " is created", Duration.ofSeconds(30),
                () -> platformPromotion(code), Optional::isPresent).orElseThrow();
        assertEquals("PLATFORM", created.getString("funder"));
        assertTrue(!created.containsKey("currency") || created.isNull("currency"), "a percentage runs in every currency");
        assertTrue(!created.getJsonArray("storeIds").isEmpty(), "the ticked merchant's stores: " + created);
        long id = created.getJsonNumber("id").longValue();
        waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(test("toggle-" + id)));
        assertTrue(browser.findElement(By.id("promotions")).getText().contains("Chez Marcel"),
                "where it runs is listed: " + browser.findElement(By.id("promotions")).getText());

        Browsers.click(browser, test("toggle-" + id));
        Eventually.await("the coupon is paused", Duration.ofSeconds(30),
                () -> platformPromotion(code).orElseThrow().getBoolean("paused"), Boolean.TRUE::equals);
        browser.quit();

        browser = browsers.open("en");
        Browsers.openAs(browser, "marcel", "/backoffice/merchant/promotions.xhtml");
        waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(test("create-promotion")));
        assertTrue(!browser.findElement(By.id("promotions")).getText().contains(code),
                "a merchant's page lists its own promotions only");
        browser.quit();
        for (String other : new String[] {"marcel", "support"}) {
            browser = browsers.open("en");
            Browsers.openAs(browser, other, "/backoffice/admin/promotions.xhtml");
            assertEquals("403", browser.findElement(test("error")).getAttribute("data-status"), other);
            browser.quit();
        }
    }

    private static Optional<JsonObject> platformPromotion(String code) {
        return Api.get("/promotion/api/promotions", Api.token("admin")).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> code.equals(p.getString("code", null))).findFirst();
    }
}
