package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Who may open which page of the shop and the back office: a page asks a visitor to log in and takes them to it
 * afterwards, never to another site; a logged-in person without the page's role is refused (403), whatever the
 * path's spelling.
 */
@ExtendWith(Platform.class)
class PageAccessUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("page-access-end");

    @Test
    void aVisitorLogsInAndLandsOnThePageTheyAskedFor() {
        WebDriver browser = browser();
        Api.delete("/ordering/api/cart", Api.token("alice"));
        browser.get(Platform.baseUrl() + "/shop/orders/index.xhtml");
        waitFor(browser, 30).until(ExpectedConditions.urlContains("/shop/login.xhtml?next="));
        signIn(browser, "alice");
        waitFor(browser, 30).until(ExpectedConditions.urlToBe(Platform.baseUrl() + "/shop/orders/index.xhtml"));

        WebDriver merchant = browser();
        merchant.get(Platform.baseUrl() + "/backoffice/merchant/hours.xhtml");
        waitFor(merchant, 30).until(ExpectedConditions.urlContains("/backoffice/login.xhtml?next="));
        signIn(merchant, "marcel");
        waitFor(merchant, 30).until(ExpectedConditions.urlToBe(Platform.baseUrl() + "/backoffice/merchant/hours.xhtml"));
        waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(test("store-status")));
    }

    @Test
    void theLoginPageNeverSendsAnyoneToAnotherSite() {
        for (String elsewhere : List.of("//example.org/x", "https://example.org/", "/%5Cexample.org")) {
            WebDriver browser = browser();
            browser.get(Platform.baseUrl() + "/shop/login.xhtml?next=" + elsewhere);
            signIn(browser, "ben");
            waitFor(browser, 30).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            assertTrue(browser.getCurrentUrl().startsWith(Platform.baseUrl() + "/shop/"), browser.getCurrentUrl());
        }
    }

    @Test
    void aPersonWithoutThePagesRoleIsRefused() {
        WebDriver customer = browser();
        logIn(customer, "/shop/login.xhtml", "ben");
        assertRefused(customer, "/shop/courier/jobs.xhtml");
        WebDriver backoffice = browser();
        logIn(backoffice, "/backoffice/login.xhtml", "ben");
        assertRefused(backoffice, "/backoffice/merchant/orders.xhtml");
        assertRefused(backoffice, "/backoffice/admin/index.xhtml");
        assertRefused(backoffice, "/backoffice/merchant/../admin/index.xhtml");
        WebDriver merchant = browser();
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        assertRefused(merchant, "/backoffice/admin/payouts.xhtml");
        assertRefused(merchant, "/backoffice/admin/./ledger.xhtml");
        WebDriver courier = browser();
        logIn(courier, "/shop/login.xhtml", "carlos");
        assertRefused(courier, "/shop/basket.xhtml");
        assertRefused(courier, "/shop/account/profile.xhtml");
    }

    private static void assertRefused(WebDriver browser, String path) {
        browser.get(Platform.baseUrl() + path);
        assertEquals("403", waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(test("error")))
                .getAttribute("data-status"), path);
    }

    private static void signIn(WebDriver browser, String username) {
        waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    private WebDriver browser() {
        return browsers.open("en");
    }
}
