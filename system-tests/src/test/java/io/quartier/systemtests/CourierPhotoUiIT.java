package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer absent, in the courier app: the courier holding the order opens "customer absent", is told in its
 * language when the file is no photo, then sends a photo from the phone; the job is delivered, and the customer's
 * order page shows the photo, loaded through the shop's relay.
 */
@ExtendWith(Platform.class)
class CourierPhotoUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("courier-photo");

    @Test
    void aCourierDeliversWithAPhotoAndTheCustomerSeesItOnTheOrderPage() throws Exception {
        String alice = token("alice");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        long orderId = placed.getJsonNumber("id").longValue();
        long jobId = Orders.acceptWithJob(orderId);
        assertEquals(200, Couriers.pickUp(jobId, token("carlos"), Couriers.pickupCode(orderId, "marcel")).status());
        Path notAPhoto = Files.writeString(Files.createTempFile("note", ".jpg"), "no photo here\n".repeat(40),
                StandardCharsets.UTF_8);
        Path photo = Files.write(Files.createTempFile("door", ".jpg"), CourierToursIT.jpeg(Color.GREEN));

        WebDriver courier = browsers.open("de", "courier");
        logIn(courier, "/shop/login.xhtml", "carlos");
        courier.get(Platform.baseUrl() + "/shop/courier/jobs.xhtml");
        Browsers.chooseLanguage(courier, "de");
        send(courier, orderId, notAPhoto);
        WebElement refused = waitFor(courier, 30).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(refused.getText().contains("kein lesbares JPEG- oder PNG-Foto"), refused.getText());
        assertEquals("PICKED_UP", get("/delivery/api/jobs/" + jobId, token("carlos")).object().getString("status"));

        send(courier, orderId, photo);
        // Its confirmation may be gone by then: the delivery's push re-renders the list at once.
        waitFor(courier, 30).until(ExpectedConditions.invisibilityOfElementLocated(test("absent-" + orderId)));
        JsonObject job = get("/delivery/api/jobs/" + jobId, token("carlos")).object();
        assertEquals("DELIVERED", job.getString("status"));
        assertEquals("PHOTO", job.getString("proof"));
        Eventually.await("order " + orderId + " delivered", Duration.ofSeconds(20),
                () -> get("/ordering/api/orders/" + orderId, alice).object().getString("status"), "DELIVERED"::equals);

        WebDriver customer = browsers.open("fr", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        customer.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + orderId);
        WebElement shown = waitFor(customer, 30).until(
                ExpectedConditions.visibilityOfElementLocated(test("delivery-photo")));
        assertTrue(shown.getAttribute("src").contains("/shop/orders/delivery-photo?job=" + jobId));
        waitFor(customer, 30).until(d -> Long.valueOf(64).equals(((JavascriptExecutor) d).executeScript(
                "const img = arguments[0]; return img.complete ? img.naturalWidth : -1;", shown)));
        Eventually.await("hold of order " + orderId + " captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + placed.getJsonNumber("paymentAuthorizationId").longValue(),
                        alice).object().getString("status"), "CAPTURED"::equals);
    }

    /** Opens "customer absent" for the order, chooses the file as from the phone's camera, and sends it. */
    private static void send(WebDriver courier, long orderId, Path file) {
        WebElement absent = waitFor(courier, 30).until(
                ExpectedConditions.presenceOfElementLocated(test("absent-" + orderId)));
        if (absent.getAttribute("open") == null) {
            absent.findElement(By.tagName("summary")).click();
        }
        waitFor(courier, 30).until(ExpectedConditions.visibilityOfElementLocated(test("photo-" + orderId)))
                .sendKeys(file.toAbsolutePath().toString());
        Browsers.click(courier, test("send-photo-" + orderId));
    }
}
