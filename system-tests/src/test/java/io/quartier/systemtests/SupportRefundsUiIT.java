package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Support gives part of a delivered order's money back from the console (the courier at fault for a cold dish):
 * finds the order by its number, refunds 2.50 of the items with a reason, is refused a cent finer than the currency's
 * and more than was captured, and the customer's order page shows the refund.
 */
@ExtendWith(Platform.class)
class SupportRefundsUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("support-refunds-end");

    @Test
    void supportRefundsPartOfADeliveredOrderAndItsCustomerSeesIt() {
        String alice = token("alice");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        Orders.pickUpAndDeliver(orderId, Orders.acceptWithJob(orderId), alice);
        long hold = placed.getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("order " + orderId + " is captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + hold, alice).object().getString("status"),
                "CAPTURED"::equals);

        WebDriver support = browsers.open("en", "support");
        logIn(support, "/backoffice/login.xhtml", "support");
        support.get(Platform.baseUrl() + "/backoffice/admin/refunds.xhtml");
        waitFor(support, 30).until(ExpectedConditions.visibilityOfElementLocated(test("refund-order")))
                .sendKeys(String.valueOf(orderId));
        Browsers.click(support, test("refund-find"));
        waitFor(support, 30).until(ExpectedConditions.attributeToBe(test("refund-order-summary"), "data-status",
                "DELIVERED"));

        new Select(support.findElement(By.id("refund:fault"))).selectByValue("COURIER");
        support.findElement(test("refund-items")).sendKeys("2.505");
        support.findElement(test("refund-reason")).sendKeys("The dish arrived cold");
        Browsers.click(support, test("refund-submit"));
        waitFor(support, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "at most to its smallest coin"));

        support.findElement(test("refund-items")).clear();
        support.findElement(test("refund-items")).sendKeys("2.50");
        Browsers.click(support, test("refund-submit"));
        waitFor(support, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Refund of €2.50"));
        List<JsonObject> refunds = get("/payment/api/refunds?orderId=" + orderId, token("support")).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, refunds.size(), refunds::toString);
        JsonObject refund = refunds.get(0);
        assertEquals(250, refund.getJsonNumber("amountMinor").longValue());
        assertEquals("COURIER", refund.getString("fault"));
        assertEquals("The dish arrived cold", refund.getString("reason"));
        waitFor(support, 30).until(ExpectedConditions.presenceOfElementLocated(test("refunded-" + refund.getJsonNumber("id"))));

        support.findElement(test("refund-items")).sendKeys("100");
        support.findElement(test("refund-reason")).sendKeys("Too much");
        Browsers.click(support, test("refund-submit"));
        waitFor(support, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "more than was captured"));
        assertEquals(1, get("/payment/api/refunds?orderId=" + orderId, token("support")).array().size(),
                "nothing more given back");

        WebDriver customer = browsers.open("en", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        Browsers.chooseLanguage(customer, "en");
        customer.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + orderId);
        String shown = waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                test("refund-" + refund.getJsonNumber("id")))).getText();
        assertTrue(shown.contains("€2.50"), shown);
    }
}
