package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer pays with the sandbox's 3-D Secure test card: the basket sends the browser to the bank's challenge page,
 * the customer completes it there, and back on the basket the checkout is asked again with its key and the order's
 * page opens, with one order placed and one hold taken.
 */
@ExtendWith(Platform.class)
class ThreeDSecureUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("three-d-secure-end");

    @Test
    void theCustomerPassesTheBanksChallengeAndTheOrderIsPlacedOnce() throws InterruptedException {
        String name = Customers.signUpAndConfirm("threeds-ui", Api.PASSWORD, "en");
        String token = Api.token(name);
        PaymentMethodsIT.saved(token, SandboxCardForm.token("4000 0000 0000 3220"));

        WebDriver customer = browsers.open("en");
        logIn(customer, "/shop/login.xhtml", name, Api.PASSWORD);
        customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("basket"))).click();
        // the basket is live: a re-render may swallow a click, so it is given again until the browser leaves the
        // basket (its checkout key keeps it one checkout)
        for (int attempt = 0; attempt < 3 && customer.getCurrentUrl().contains("basket"); attempt++) {
            WebElement address = waitFor(customer, 30).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("basket:address")));
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("12 rue des Martyrs, 75009 Paris", Keys.TAB);
            }
            Browsers.click(customer, test("place-order"));
            try {
                waitFor(customer, 30).until(ExpectedConditions.urlContains("/payment/sandbox/challenge"));
            } catch (org.openqa.selenium.TimeoutException lost) {
                // the click was lost to a re-render: given again
            }
        }
        assertTrue(customer.getCurrentUrl().contains("/payment/sandbox/challenge"), customer.getCurrentUrl());
        assertEquals(0, Api.get("/ordering/api/orders", token).array().size(), "nothing placed while the bank waits");

        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(By.id("complete"))).click();

        waitFor(customer, 60).until(ExpectedConditions.urlContains("/orders/order.xhtml"));
        JsonArray orders = Api.get("/ordering/api/orders", token).array();
        assertEquals(1, orders.size(), "one order: " + orders);
        assertEquals("PLACED", orders.getJsonObject(0).getString("status"), orders::toString);
        long hold = orders.getJsonObject(0).getJsonNumber("paymentAuthorizationId").longValue();
        assertEquals("AUTHORIZED", Api.get("/payment/api/authorizations/" + hold, token).object().getString("status"));
    }
}
