package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hours editor: busy mode from the portal reaches an open store page at once (and ends the same way), and
 * an overlapping week is refused with a translated reason while the saved week stays.
 */
@ExtendWith(Platform.class)
class MerchantHoursUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("merchant-hours-end");

    private WebDriver customer;
    private WebDriver merchant;

    @AfterEach
    void reopen() {
        Api.delete("/catalog/api/merchant/stores/1/pause", Api.token("marcel"));
    }

    @Test
    void busyModeReachesTheOpenStorePageAndEndsTheSameWay() {
        customer = browsers.open("de", "customer");
        Browsers.openLive(customer, "/shop/store.xhtml?id=1");

        merchant = browsers.open("en", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/hours.xhtml");
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("store-status"), "data-status", "OPEN"));
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("pause"))).click();
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("store-status"), "data-status", "PAUSED"));

        waitFor(customer, 10).until(ExpectedConditions.attributeToBe(test("store-status"), "data-status", "PAUSED"));
        assertTrue(customer.findElement(test("store-status")).getText().contains("pausiert"),
                customer.findElement(test("store-status")).getText());
        assertTrue(!customer.findElement(test("add-101")).isEnabled(), "a paused store takes nothing in the basket");

        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("resume"))).click();
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("store-status"), "data-status", "OPEN"));
        waitFor(customer, 10).until(ExpectedConditions.invisibilityOfElementLocated(test("store-status")));
        Browsers.assertNeverReloaded(customer);
    }

    @Test
    void anOverlappingWeekIsRefusedWithATranslatedReasonAndTheSavedWeekStays() {
        merchant = browsers.open("fr", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        // Camden Greens' store id in the address shows Marcel his own store, never Camden's (London) hours.
        merchant.get(Platform.baseUrl() + "/backoffice/merchant/hours.xhtml?store=2");
        waitFor(merchant, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Europe/Paris"));
        assertTrue(!merchant.findElement(By.tagName("body")).getText().contains("Europe/London"));
        int ranges = waitFor(merchant, 30).until(d -> d.findElements(By.cssSelector("[data-test^='range-']"))).size();
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("add-range"))).click();
        waitFor(merchant, 30).until(d -> d.findElements(By.cssSelector("[data-test^='range-']")).size() == ranges + 1);
        // The demo week is 00:00-00:00 every day: any added Monday range overlaps it.
        merchant.findElement(test("save-week")).click();
        String error = waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(error.contains("chevauchent"), error);
        assertEquals(7, Api.get("/catalog/api/merchant/stores/1/hours", Api.token("marcel")).object()
                .getJsonArray("week").size(), "the saved week is untouched");
    }
}
