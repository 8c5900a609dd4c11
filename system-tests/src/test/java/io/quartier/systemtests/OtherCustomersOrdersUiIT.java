package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A customer who types another customer's order number into the shop's address bar (the order's page, its receipt and
 * its PDF, a multi-store order's page) reads "not found", and nothing of the other's order: not its
 * address, not its total.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
class OtherCustomersOrdersUiIT {

    private static final String ALICES_ADDRESS = "rue des Martyrs";

    private WebDriver browser;
    private Long order;
    private Long group;

    @AfterEach
    void tidyUp() {
        if (browser != null) {
            browser.quit();
        }
        String alice = token("alice");
        if (order != null) {
            post("/ordering/api/orders/" + order + "/cancel", alice, null, null);
        }
        if (group != null) {
            post("/ordering/api/orders/groups/" + group + "/cancel", alice, null, null);
        }
    }

    @Test
    void bensBrowserFindsNoneOfAlicesOrdersPagesReceiptsOrPhotos() {
        String alice = token("alice");
        JsonObject placed = Orders.place(alice, Orders.inParis(1, 101, 1, 1));
        order = placed.getJsonNumber("id").longValue();
        group = MultiStoreOrders.place(alice, 1, 0).getJsonNumber("id").longValue();

        browser = Browsers.open("en");
        try {
            Browsers.logIn(browser, "/shop/login.xhtml", "ben");
            for (String page : new String[] {"/shop/orders/order.xhtml?id=" + order,
                    "/shop/orders/receipt.xhtml?id=" + order, "/shop/orders/group.xhtml?id=" + group}) {
                browser.get(Platform.baseUrl() + page);
                waitFor(browser, 30).until(d -> d.findElement(By.tagName("body")).getText()
                        .contains("What you are looking for does not exist"));
                assertNothingOfAlices(page);
            }
            String pdf = "/shop/orders/receipt.pdf?id=" + order;
            browser.get(Platform.baseUrl() + pdf);
            assertEquals("404", waitFor(browser, 30).until(d -> d.findElement(test("error"))).getAttribute("data-status"));
            assertNothingOfAlices(pdf);
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "other-customers-orders");
            throw e;
        }
    }

    private void assertNothingOfAlices(String page) {
        String shown = browser.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains(ALICES_ADDRESS), () -> page + " shows alice's address: " + shown);
        assertFalse(browser.getPageSource().contains(ALICES_ADDRESS), page + " carries alice's address");
    }
}
