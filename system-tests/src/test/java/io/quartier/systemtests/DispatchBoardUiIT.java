package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dispatch board, the merchant's queue and the customer's order page follow a courier by push: the admin sees a
 * waiting job and an online courier, gives the job to carlos by hand, and the board shows, without a reload, where
 * carlos reports being and that he picked the order up; the merchant sees its order's courier come and its minutes to
 * the door fall, and so does the customer, while another merchant hears nothing of that courier.
 *
 * <p>Carlos starts 5 km north of Chez Marcel and the order is ready in 5 minutes, so his ride to the store, not the
 * kitchen, sets the minutes to the door: each move closer shortens them. The board and the queue re-read by themselves
 * only once a minute (the board) or never (the queue), so the waits of 20 s below are met by pushes alone.
 */
@ExtendWith(Platform.class)
class DispatchBoardUiIT {

    /** Chez Marcel, Pigalle, and Alice's door, rue des Martyrs. */
    private static final double STORE_LAT = 48.8796;
    private static final double STORE_LON = 2.3353;
    /** About 5 km north of the store. */
    private static final double FAR_LAT = STORE_LAT + 0.045;
    /** One step closer: within delivery's allowance for a phone's jitter, taken at once. */
    private static final double STEP = 0.0013;

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("dispatch-board");

    /** Carlos back at the store, where other tests expect couriers to be, and offline. */
    @AfterEach
    void couriersGoOffline() {
        Couriers.walk("carlos", STORE_LAT, STORE_LON);
        Couriers.available("carlos", "OFFLINE");
        Couriers.available("dora", "OFFLINE");
    }

    @Test
    void staffGiveAJobByHandAndTheBoardFollowsItsCourierLive() {
        Couriers.available("carlos", "ONLINE");
        Couriers.walk("carlos", FAR_LAT, STORE_LON);
        long carlosId = Couriers.id("carlos");
        long orderId = accepted();

        WebDriver board = browsers.open("en", "admin");
        logIn(board, "/backoffice/login.xhtml", "admin");
        Browsers.openLive(board, "/backoffice/admin/couriers.xhtml");
        String waiting = waitFor(board, 30).until(ExpectedConditions.presenceOfElementLocated(
                test("job-status-" + orderId))).getAttribute("data-status");
        assertTrue(List.of("WAITING", "OFFERED").contains(waiting), "the job waits for a courier: " + waiting);
        assertEquals("ONLINE", board.findElement(test("availability-" + carlosId)).getAttribute("data-availability"));
        assertTrue(board.findElement(test("position-" + carlosId)).getText().contains("Carlos Ruiz"));
        assertTrue(point(board, "job", "#" + orderId + " ").isPresent(), "the job waits on the map at its store");
        assertEquals(FAR_LAT, point(board, "courier", "Carlos Ruiz").orElseThrow().getJsonNumber("lat").doubleValue(),
                1e-6, "carlos on the map where he was last");
        waitFor(board, 30).until(d -> Integer.parseInt(d.findElement(test("dispatch-map")).getAttribute("data-shown")) >= 2);
        Browsers.screenshot(board, "board-waiting-job");

        WebDriver courier = browsers.open("en", "courier");
        logIn(courier, "/shop/login.xhtml", "carlos");
        Browsers.openLive(courier, "/shop/courier/jobs.xhtml");

        assignByHand(board, orderId, carlosId);
        waitFor(courier, 30).until(ExpectedConditions.attributeToBe(test("job-" + orderId), "data-status", "ASSIGNED"));
        waitFor(courier, 30).until(ExpectedConditions.elementToBeClickable(test("pickup-" + orderId)));

        double closer = FAR_LAT - STEP;
        ((JavascriptExecutor) courier).executeScript(
                String.format(Locale.ROOT, "QuartierCourier.report(%.6f, %.6f, 12)", closer, STORE_LON));
        waitFor(board, 20).until(d -> point(d, "courier", "Carlos Ruiz")
                .map(p -> Math.abs(p.getJsonNumber("lat").doubleValue() - closer) < 1e-6).orElse(false));
        Browsers.screenshot(board, "board-courier-moved");

        courier.findElement(test("code-" + orderId)).sendKeys(Couriers.pickupCode(orderId, "marcel"));
        Browsers.click(courier, test("pickup-" + orderId));
        waitFor(board, 20).until(ExpectedConditions.attributeToBe(test("job-status-" + orderId), "data-status",
                "PICKED_UP"));
        assertTrue(point(board, "job", "#" + orderId + " ").isEmpty(), "a job picked up no longer waits on the map");
        Browsers.assertNeverReloaded(board);
        Browsers.assertNeverReloaded(courier);

        long jobId = Couriers.jobOf(orderId);
        assertEquals(200, Couriers.deliver(jobId, token("carlos"),
                Couriers.deliveryCode(orderId, token("alice"))).status());
    }

    @Test
    void theMerchantAndTheCustomerWatchTheCourierComeAndNoOtherMerchantHearsOfIt() {
        Couriers.walk("carlos", FAR_LAT, STORE_LON);
        long orderId = accepted();

        WebDriver merchant = browsers.open("fr", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        Browsers.openLive(merchant, "/backoffice/merchant/orders.xhtml");
        WebDriver other = browsers.open("en", "other-merchant");
        logIn(other, "/backoffice/login.xhtml", "camden");
        Browsers.openLive(other, "/backoffice/merchant/orders.xhtml");
        ((JavascriptExecutor) other).executeScript("window.heard = []; var run = window.ordersChanged;"
                + " window.ordersChanged = function (p) { window.heard.push(p[1].value); return run(p); };");
        WebDriver customer = browsers.open("fr", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        Browsers.openLive(customer, "/shop/orders/order.xhtml?id=" + orderId);

        long jobId = Couriers.assign(orderId, "carlos");
        String carlos = token("carlos");
        Couriers.report(carlos, FAR_LAT - STEP, STORE_LON);
        waitFor(merchant, 20).until(ExpectedConditions.textToBePresentInElementLocated(
                test("on-the-way-courier-" + orderId), "Carlos Ruiz"));
        waitFor(merchant, 20).until(ExpectedConditions.presenceOfElementLocated(test("courier-" + orderId)));
        int merchantMinutes = minutes(merchant, "on-the-way-eta-" + orderId);
        waitFor(customer, 20).until(ExpectedConditions.presenceOfElementLocated(test("courier-tracking")));
        int customerMinutes = minutes(customer, "courier-eta");
        double shownAt = point(customer, "courier-map", "courier", "").orElseThrow().getJsonNumber("lat").doubleValue();
        assertEquals(FAR_LAT - STEP, shownAt, 1e-6);
        Browsers.screenshot(merchant, "merchant-courier-coming");

        for (int step = 2; step <= 5; step++) {
            Couriers.report(carlos, FAR_LAT - step * STEP, STORE_LON);
        }
        waitFor(merchant, 20).until(d -> minutes(d, "on-the-way-eta-" + orderId) < merchantMinutes);
        waitFor(merchant, 20).until(d -> d.findElement(test("on-the-way-map-" + orderId)).getAttribute("href")
                .contains(String.format(Locale.ROOT, "mlat=%.5f", FAR_LAT - 5 * STEP)));
        waitFor(customer, 20).until(d -> minutes(d, "courier-eta") < customerMinutes);
        waitFor(customer, 20).until(d -> point(d, "courier-map", "courier", "")
                .map(p -> Math.abs(p.getJsonNumber("lat").doubleValue() - (FAR_LAT - 5 * STEP)) < 1e-6).orElse(false));
        Browsers.screenshot(merchant, "merchant-courier-closer");
        Browsers.screenshot(customer, "customer-courier-closer");

        assertTrue(other.findElements(test("on-the-way-" + orderId)).isEmpty(), "another merchant sees no courier");
        assertTrue(other.findElements(test("courier-" + orderId)).isEmpty());
        assertTrue(((List<?>) ((JavascriptExecutor) other).executeScript("return window.heard;")).stream()
                .noneMatch(String.valueOf(orderId)::equals), "nothing of this order is pushed to another merchant");
        Browsers.assertNeverReloaded(merchant);
        Browsers.assertNeverReloaded(customer);
        Browsers.assertNeverReloaded(other);

        Orders.pickUpAndDeliver(orderId, jobId, token("alice"));
    }

    /** An order of alice's at Chez Marcel with its door's place, accepted to be ready in 5 minutes: its job waits. */
    private static long accepted() {
        long orderId = Orders.place(token("alice"), """
                {"storeId": 1, "lines": [{"productId": 101, "quantity": 1}], "paymentMethodId": 1,
                 "deliveryAddress": "12 rue des Martyrs, 75009 Paris", "latitude": 48.8790, "longitude": 2.3397}""")
                .getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 5}").status());
        return orderId;
    }

    /**
     * Chooses the courier on the job's row and gives it the job (three tries: a push may re-render the board between
     * choosing and clicking), until the board says it is assigned.
     */
    private static void assignByHand(WebDriver board, long orderId, long courierId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            waitFor(board, 30).until(d -> {
                new Select(d.findElement(test("choose-" + orderId))).selectByValue(String.valueOf(courierId));
                return true;
            });
            Browsers.click(board, test("assign-" + orderId));
            try {
                waitFor(board, 10).until(ExpectedConditions.attributeToBe(test("job-status-" + orderId),
                        "data-status", "ASSIGNED"));
                break;
            } catch (TimeoutException lost) {
                // the choice or the click was lost to a re-render: given again
            }
        }
        JsonObject job = get("/delivery/api/jobs", token("carlos")).array().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("orderId").longValue() == orderId).findFirst().orElseThrow();
        assertEquals("ASSIGNED", job.getString("status"), job::toString);
    }

    private static Optional<JsonObject> point(WebDriver driver, String kind, String labelStart) {
        return point(driver, "dispatch-map", kind, labelStart);
    }

    /** A place of the kind on the page's map whose label starts so, from the points the map was given. */
    private static Optional<JsonObject> point(WebDriver driver, String map, String kind, String labelStart) {
        String points = driver.findElement(test(map)).getAttribute("data-points");
        return Json.createReader(new StringReader(points)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> kind.equals(p.getString("kind")) && p.getString("label", "").startsWith(labelStart))
                .findFirst();
    }

    private static int minutes(WebDriver driver, String hook) {
        return Integer.parseInt(driver.findElement(test(hook)).getText().trim());
    }
}
