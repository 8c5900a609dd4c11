package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer switches the language of their profile to French (the shop follows at once, and at the next login),
 * adds an address to their book and delivers there through the "Deliver to" strip; then picks a typed place instead.
 */
@ExtendWith(Platform.class)
class AccountUiIT {

    private static final String PASSWORD = "ui-password-1";

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("account-end");

    private WebDriver browser;

    @Test
    void aCustomerChoosesFrenchAddsAnAddressAndDeliversThere() throws InterruptedException {
        String name = Customers.signUpAndConfirm("ui", PASSWORD, "en");
        browser = browsers.open("en");
        try {
            Browsers.logIn(browser, "/shop/login.xhtml", name, PASSWORD);
            browser.get(Platform.baseUrl() + "/shop/account/profile.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:language")));
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
            new Select(browser.findElement(By.id("profile:language"))).selectByValue("fr");
            browser.findElement(By.id("profile:save")).click();
            waitFor(browser, 30).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon compte"));

            browser.findElement(test("to-addresses")).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("address:label")));
            browser.findElement(By.id("address:line")).sendKeys("1 Unknown Street, Atlantis");
            browser.findElement(By.id("address:label")).sendKeys("Bureau");
            browser.findElement(By.id("address:save")).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Nous ne trouvons pas cette adresse."));
            browser.findElement(By.id("address:line")).clear();
            browser.findElement(By.id("address:line")).sendKeys("12 rue des Martyrs, 75009 Paris");
            browser.findElement(By.id("address:save")).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("address-row"), "Bureau"));

            assertEquals("choisissez un lieu", browser.findElement(test("deliver-to-label")).getText());
            browser.findElement(By.id("deliverTo:change")).click();
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("deliver-to-address"))).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBe(test("deliver-to-label"), "Bureau"));

            browser.findElement(By.id("deliverTo:change")).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("deliverTo:query")))
                    .sendKeys("camden road");
            browser.findElement(By.id("deliverTo:search")).click();
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("deliver-to-place"))).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBe(test("deliver-to-label"), "Camden Road, London"));

            browser.manage().deleteAllCookies();
            Browsers.logIn(browser, "/shop/login.xhtml", name, PASSWORD);
            waitFor(browser, 30).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
            assertEquals("Bureau", browser.findElement(test("deliver-to-label")).getText(),
                    "at login, the default address; the shop in the account's language");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "account");
            throw e;
        }
    }
}
