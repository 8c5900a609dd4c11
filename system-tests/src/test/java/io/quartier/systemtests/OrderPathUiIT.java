package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The thin order path in three browsers at once: the customer orders in the shop, the merchant sees it
 * arrive live and accepts it, the courier (dora, online) is offered the job with a countdown, accepts it, picks it
 * up with the store's code and delivers it with the code the customer's page shows, and the customer's order page
 * shows every step, and the courier on a map once it reports where it is. None of the three pages is ever reloaded: every change after
 * the first render comes by push over the webapps' live sockets.
 */
@ExtendWith(Platform.class)
class OrderPathUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("order-path-end");

    private WebDriver customer;
    private WebDriver merchant;
    private WebDriver courier;

    @AfterEach
    void courierGoesOffline() {
        Couriers.available("dora", "OFFLINE");
    }

    @Test
    void anOrderIsPlacedAcceptedPickedUpAndDeliveredWithLiveUpdates() {
        merchant = browsers.open("fr", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        Browsers.openLive(merchant, "/backoffice/merchant/orders.xhtml");

        courier = browsers.open("es", "courier");
        logIn(courier, "/shop/login.xhtml", "dora");
        Browsers.openLive(courier, "/shop/courier/jobs.xhtml");
        Browsers.click(courier, test("go-online"));
        waitFor(courier, 30).until(ExpectedConditions.attributeToBe(test("go-online"), "disabled", "true"));

        customer = browsers.open("fr", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("basket"))).click();
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("place-order"))).click();
        waitFor(customer, 60).until(ExpectedConditions.urlContains("orders/order.xhtml"));
        String orderId = customer.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertStatus(customer, "PLACED");
        Browsers.markLive(customer);
        Browsers.screenshot(customer, "customer-placed");

        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("accept-" + orderId)));
        Browsers.click(merchant, test("accept-" + orderId));
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "ACCEPTED"));
        Browsers.screenshot(merchant, "merchant-accepted");
        assertStatus(customer, "ACCEPTED");

        Couriers.awaitOffer(Long.parseLong(orderId), Duration.ofSeconds(90), Api.token("dora"));
        waitFor(courier, 30).until(ExpectedConditions.presenceOfElementLocated(test("countdown-" + orderId)));
        waitFor(courier, 30).until(d -> d.findElement(test("countdown-" + orderId)).getText().matches("\\d+"));
        Browsers.screenshot(courier, "courier-offer");
        assertTrue(courier.findElement(test("offer-pay-" + orderId)).getText().matches(".*\\d.*"),
                "the offer says what the job pays");
        Browsers.click(courier, test("accept-" + orderId));
        waitFor(courier, 30).until(ExpectedConditions.elementToBeClickable(test("pickup-" + orderId)));
        // headless Chromium has no geolocation: the page's hook sends the position the phone would
        ((JavascriptExecutor) courier).executeScript("QuartierCourier.report(48.8800, 2.3360, 12)");
        waitFor(courier, 30).until(d -> Integer.parseInt(
                d.findElement(test("tour-map")).getAttribute("data-shown")) >= 2);
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(test("courier-tracking")));
        waitFor(customer, 30).until(d -> d.findElement(test("courier-map")).getAttribute("data-shown") != null);
        Browsers.screenshot(courier, "courier-tour-map");
        Browsers.screenshot(customer, "customer-courier-map");
        assertTrue(courier.findElement(test("navigate-dropoff-" + orderId)).getAttribute("href").startsWith("geo:"));
        assertTrue(courier.findElement(test("route-stop-1")).getAttribute("data-kind").equals("PICKUP"),
                "the route starts at the store");
        assertTrue(courier.findElement(test("navigate-stop-2")).getAttribute("href").startsWith("geo:"));
        assertTrue(courier.findElements(test("route-in-job-order")).isEmpty(), "delivery ordered the route");
        courier.findElement(test("code-" + orderId)).sendKeys(Couriers.pickupCode(Long.parseLong(orderId), "marcel"));
        Browsers.click(courier, test("pickup-" + orderId));
        assertStatus(customer, "PICKED_UP");
        String deliveryCode = waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                test("delivery-code"))).getText().trim();
        waitFor(courier, 30).until(ExpectedConditions.elementToBeClickable(test("deliver-" + orderId)));
        courier.findElement(test("code-" + orderId)).sendKeys(deliveryCode.equals("0000") ? "0001" : "0000");
        Browsers.click(courier, test("deliver-" + orderId));
        waitFor(courier, 30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
        waitFor(courier, 30).until(ExpectedConditions.elementToBeClickable(test("deliver-" + orderId)));
        courier.findElement(test("code-" + orderId)).clear();
        courier.findElement(test("code-" + orderId)).sendKeys(deliveryCode);
        Browsers.click(courier, test("deliver-" + orderId));
        assertStatus(customer, "DELIVERED");
        waitFor(merchant, 30).until(ExpectedConditions.attributeToBe(test("status-" + orderId), "data-status", "DELIVERED"));
        Browsers.screenshot(customer, "customer-delivered");

        // the customer rates the store and the courier; the merchant reads it among its reviews
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test='store-stars'] input[value='5']"))).click();
        customer.findElement(By.cssSelector("[data-test='courier-stars'] input[value='4']")).click();
        customer.findElement(test("store-comment")).sendKeys("Excellent, still warm");
        customer.findElement(test("rate")).click();
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("rated"), "data-stars", "5"));

        Browsers.assertNeverReloaded(merchant);
        Browsers.assertNeverReloaded(courier);
        Browsers.assertNeverReloaded(customer);

        merchant.get(Platform.baseUrl() + "/backoffice/merchant/reviews.xhtml");
        waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(test("review-" + orderId)));
        assertTrue(merchant.getPageSource().contains("Excellent, still warm"));
    }

    private static void assertStatus(WebDriver driver, String status) {
        waitFor(driver, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", status));
    }

}
