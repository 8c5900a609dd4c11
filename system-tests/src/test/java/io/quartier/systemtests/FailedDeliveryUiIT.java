package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "Can't deliver" in the courier app: the courier holding the order chooses why, writes a note and sends the photo of
 * the door; the job leaves its list, and the customer's open order page shows, live and in French, that the order
 * could not be delivered, why, and that nothing is charged.
 */
@ExtendWith(Platform.class)
class FailedDeliveryUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("failed-delivery");

    @Test
    void theCourierReportsTheCustomerAbsentAndTheCustomersPageShowsItLive() throws Exception {
        String alice = token("alice");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        long jobId = Orders.acceptWithJob(orderId);
        assertEquals(200, Couriers.pickUp(jobId, token("carlos"), Couriers.pickupCode(orderId, "marcel")).status());
        Path door = Files.write(Files.createTempFile("door", ".jpg"), CourierToursIT.jpeg(Color.DARK_GRAY));

        WebDriver customer = browsers.open("fr", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        customer.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + orderId);
        waitFor(customer, 30).until(ExpectedConditions.attributeToBe(test("order-status"), "data-status", "PICKED_UP"));
        Browsers.markLive(customer);

        WebDriver courier = browsers.open("en", "courier");
        logIn(courier, "/shop/login.xhtml", "carlos");
        courier.get(Platform.baseUrl() + "/shop/courier/jobs.xhtml");
        Browsers.chooseLanguage(courier, "en");
        WebElement cantDeliver = waitFor(courier, 30).until(
                ExpectedConditions.presenceOfElementLocated(test("cant-deliver-" + orderId)));
        cantDeliver.findElement(By.tagName("summary")).click();
        new Select(waitFor(courier, 30).until(ExpectedConditions.visibilityOfElementLocated(
                test("failure-reason-" + orderId)))).selectByValue("CUSTOMER_ABSENT");
        courier.findElement(test("failure-note-" + orderId)).sendKeys("Rang twice, called, waited 10 minutes");
        courier.findElement(test("failure-photo-" + orderId)).sendKeys(door.toAbsolutePath().toString());
        Browsers.click(courier, test("report-failure-" + orderId));
        waitFor(courier, 30).until(ExpectedConditions.invisibilityOfElementLocated(test("cant-deliver-" + orderId)));

        JsonObject job = get("/delivery/api/jobs/" + jobId, token("carlos")).object();
        assertEquals("FAILED", job.getString("status"));
        assertEquals("CUSTOMER_ABSENT", job.getString("failureReason"));
        assertEquals("Rang twice, called, waited 10 minutes", job.getString("failureNote"));
        waitFor(customer, 30).until(
                ExpectedConditions.attributeToBe(test("order-status"), "data-status", "DELIVERY_FAILED"));
        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(test("order-status"),
                "Livraison impossible"));
        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(
                test("delivery-failure-reason"), "Client absent et injoignable"));
        Browsers.assertNeverReloaded(customer);
    }
}
