package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The end of an order's life on both pages at once, without a reload: the merchant rejects an order with a reason
 * from the portal and the customer's page shows it at once, translated; the customer cancels an order from the shop
 * and the merchant's queue shows it at once; the kitchen accepts with a preparation time, starts and says ready, and
 * the customer's page follows each step; the kitchen ticket prints, and prints again as a reprint.
 */
@ExtendWith(Platform.class)
class OrderLifeUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("order-life");

    private WebDriver customer;
    private WebDriver merchant;

    @Test
    void aRejectionWithItsReasonReachesTheCustomersPageLive() {
        long orderId = place();
        merchant = browsers.open("en", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/orders.xhtml");
        customer = openOrderPage("fr", orderId);

        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("reject-" + orderId))).click();
        Select reason = new Select(waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test='rejection-reason'] select, select[data-test='rejection-reason']"))));
        selectReason(merchant, reason, "KITCHEN_TOO_BUSY");
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("confirm-reject"))).click();
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "REJECTED"));

        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "REJECTED"));
        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(test("rejection-reason"),
                "Cuisine débordée"));
        Browsers.assertNeverReloaded(customer);
    }

    @Test
    void aCancellationByTheCustomerReachesTheMerchantsQueueLive() {
        long orderId = place();
        merchant = browsers.open("de", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        Browsers.openLive(merchant, "/backoffice/merchant/orders.xhtml");
        String breakdown = waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(
                test("breakdown-" + orderId))).getText();
        assertTrue(breakdown.contains("Artikel") && breakdown.contains("Lieferung") && breakdown.contains("Trinkgeld"),
                "the queue tells the store's part from the fee and the tip: " + breakdown);
        customer = openOrderPage("en", orderId);

        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("cancel-order"))).click();
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("cancel-yes"))).click();
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "CANCELLED"));

        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "CANCELLED"));
        assertEquals(0, merchant.findElements(test("accept-" + orderId)).size(), "nothing left to accept");
        Browsers.assertNeverReloaded(merchant);
    }

    @Test
    void theKitchensStepsReachTheCustomersPageLiveAndTheTicketKnowsAReprint() {
        long orderId = place();
        merchant = browsers.open("fr", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        Browsers.openLive(merchant, "/backoffice/merchant/orders.xhtml");
        customer = openOrderPage("fr", orderId); // alice reads French: the shop takes her language at login

        waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(test("countdown-" + orderId)));
        waitFor(merchant, 10).until(driver -> driver.findElement(test("countdown-" + orderId)).getText().matches("\\d+:\\d\\d"));
        new Select(merchant.findElement(test("prep-" + orderId))).selectByValue("30");
        merchant.findElement(test("accept-" + orderId)).click();
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "ACCEPTED"));
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "ACCEPTED"));
        waitFor(customer, 10).until(ExpectedConditions.presenceOfElementLocated(test("ready-by")));

        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("preparing-" + orderId))).click();
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "IN_PREPARATION"));
        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(test("order-status"), "En préparation"));
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("ready-" + orderId))).click();
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "READY"));
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "READY"));
        Browsers.assertNeverReloaded(customer);
        Browsers.assertNeverReloaded(merchant);

        String ticket = waitFor(merchant, 10).until(ExpectedConditions.presenceOfElementLocated(test("ticket-" + orderId)))
                .getAttribute("href");
        merchant.get(ticket);
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("ticket"), "data-print", "1"));
        assertEquals(0, merchant.findElements(test("reprint")).size(), "the first print is no reprint");
        merchant.get(ticket);
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("ticket"), "data-print", "2"));
        assertEquals(true, merchant.findElement(test("reprint")).getText().contains("RÉIMPRESSION"));
    }

    private static long place() {
        return Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
    }

    private static WebDriver openOrderPage(String language, long orderId) {
        WebDriver driver = Browsers.open(language);
        logIn(driver, "/shop/login.xhtml", "alice");
        driver.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + orderId);
        waitFor(driver, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "PLACED"));
        Browsers.markLive(driver);
        return driver;
    }

    /** PrimeFaces hides the native select behind its own menu: the value is chosen on the select and announced. */
    private static void selectReason(WebDriver driver, Select select, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                select.getWrappedElement(), value);
    }

}
