package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ledger page: an admin reads the balances and that the books hold, in French; support is refused it. */
@ExtendWith(Platform.class)
class LedgerUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("ledger-end");

    private WebDriver browser;

    @Test
    void anAdminReadsTheBooksAndSupportIsRefusedThem() {
        String alice = Api.token("alice");
        long orderId = Orders.delivered(alice);
        long hold = Api.get("/ordering/api/orders/" + orderId, alice).object().getJsonNumber("paymentAuthorizationId")
                .longValue();
        Eventually.await("order " + orderId + " is captured", Duration.ofSeconds(150),
                () -> Api.get("/payment/api/authorizations/" + hold, alice).object().getString("status"),
                "CAPTURED"::equals);

        browser = browsers.open("fr");
        logIn(browser, "/backoffice/login.xhtml", "admin");
        Browsers.chooseLanguage(browser, "fr");
        browser.get(Platform.baseUrl() + "/backoffice/admin/ledger.xhtml");
        waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(test("invariant")));
        assertEquals("true", browser.findElement(test("invariant")).getAttribute("data-holds"),
                browser.findElement(test("invariant")).getText());
        assertTrue(browser.findElement(test("invariant")).getText().contains("Les comptes sont justes"),
                browser.findElement(test("invariant")).getText());
        waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(test("balance-GATEWAY_CLEARING-0-EUR")));
        browser.quit();

        browser = browsers.open("en");
        Browsers.openAs(browser, "support", "/backoffice/admin/ledger.xhtml");
        assertEquals("403", browser.findElement(test("error")).getAttribute("data-status"));
    }
}
