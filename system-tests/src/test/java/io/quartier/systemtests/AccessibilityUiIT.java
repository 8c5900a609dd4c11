package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the shop (with the sandbox gateway's card form and 3-D Secure page it sends customers to), the courier
 * app, the merchant portal and the admin console, in English and in Arabic (right to left), with rows to show: axe-core finds no serious or critical violation of its rules on any of them.
 */
@ExtendWith(Platform.class)
class AccessibilityUiIT {

    private static final List<String> LANGUAGES = List.of("en", "ar");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final List<String> violations = new ArrayList<>();
    private WebDriver browser;

    @AfterEach
    void quitTheLastBrowser() {
        open(null);
    }

    @Test
    void theShopsPagesForVisitorsPass() {
        for (String language : LANGUAGES) {
            open(language);
            check(language, "/shop/index.xhtml", test("store-1"));
            check(language, "/shop/index.xhtml?lat=48.8840&lon=2.3385&place=Rue%20des%20Abbesses", test("nearby"));
            check(language, "/shop/store.xhtml?id=1", test("add-101"));
            check(language, "/shop/login.xhtml", By.id("login:submit"));
            check(language, "/shop/signup.xhtml", By.tagName("form"));
            check(language, "/shop/forgot-password.xhtml", By.tagName("form"));
            check(language, "/shop/reset-password.xhtml?token=unknown", By.tagName("h1"));
            check(language, "/shop/verify.xhtml?token=unknown", By.tagName("h1"));
            check(language, "/shop/confirm-email.xhtml?token=unknown", By.tagName("h1"));
            check(language, "/shop/account-deleted.xhtml", By.tagName("h1"));
            check(language, "/shop/no-such-page.xhtml", test("error"));
            check(language, "/shop/offline?lang=" + language, test("offline-heading"));
        }
        assertNoneBlocking();
    }

    @Test
    void theCustomersPagesPass() {
        long delivered = Orders.delivered(token("alice"));
        for (String language : LANGUAGES) {
            open(language);
            logIn(browser, "/shop/login.xhtml", "alice");
            Browsers.chooseLanguage(browser, language);
            check(language, "/shop/basket.xhtml", By.tagName("h1"));
            browser.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
            check(language, "/shop/store.xhtml?id=1", test("add-101"));
            check(language, "/shop/basket.xhtml", test("place-order"));
            long placed = placed();
            check(language, "/shop/orders/index.xhtml", test("order-" + placed));
            check(language, "/shop/orders/order.xhtml?id=" + placed, test("cancel-order"));
            check(language, "/shop/orders/order.xhtml?id=" + delivered, test("rate"));
            check(language, "/shop/orders/receipt.xhtml?id=" + delivered, By.tagName("h1"));
            check(language, "/shop/account/profile.xhtml", By.tagName("h1"));
            check(language, "/shop/account/addresses.xhtml", By.tagName("h1"));
            check(language, "/shop/account/delete.xhtml", By.tagName("h1"));
            check(language, "/shop/account/payment-methods.xhtml", By.tagName("h1"));
            check(language, "/shop/account/wallet.xhtml", By.tagName("h1"));
        }
        assertNoneBlocking();
    }

    /**
     * A basket of two stores (a section each, one fee), a multi-store order's page, and the sandbox gateway's own card
     * form and 3-D Secure page the shop sends its customers to. The Fromagerie opens around the clock meanwhile.
     */
    @Test
    void theMultiStorePagesAndTheGatewaysPagesPass() {
        String week = MultiStoreOrders.openFromagerieAroundTheClock();
        try {
            long group = MultiStoreOrders.place(token("alice"), 1, 0).getJsonNumber("id").longValue();
            String challenge = Api.post("/payment/api/authorizations", Api.serviceToken(), "a11y:" + UUID.randomUUID(),
                    ("{\"orderReference\": \"%d\", \"customerId\": 1, \"paymentMethodId\": %d, \"amountMinor\": 1850,"
                            + " \"currency\": \"EUR\"}").formatted(920_000_000 + (int) (Math.random() * 1_000_000),
                            PaymentMethodsIT.saved(token("alice"), SandboxCardForm.token(ThreeDSecureIT.CHALLENGE_CARD))
                                    .getJsonNumber("id").longValue()))
                    .object().getJsonObject("errors").getString("challengeUrl");
            String back = "&return=%2Fshop%2Fbasket.xhtml&state=state12345";
            for (String language : LANGUAGES) {
                open(language);
                logIn(browser, "/shop/login.xhtml", "alice");
                Browsers.chooseLanguage(browser, language);
                for (long[] storeAndProduct : new long[][] {{1, 101}, {3, MultiStoreOrders.CAMEMBERT}}) {
                    browser.get(Platform.baseUrl() + "/shop/store.xhtml?id=" + storeAndProduct[0]);
                    waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("add-" + storeAndProduct[1])));
                    Browsers.click(browser, test("add-" + storeAndProduct[1]));
                    waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"),
                            "(" + (storeAndProduct[0] == 1 ? 1 : 2) + ")"));
                }
                check(language, "/shop/basket.xhtml", test("store-section-3"));
                check(language, "/shop/orders/group.xhtml?id=" + group, test("group-part"));
                check(language, SandboxCardForm.PATH + "?x=1" + back, By.id("number"));
                check(language, challenge + back, By.id("complete"));
            }
        } finally {
            MultiStoreOrders.restoreFromagerie(week);
        }
        assertNoneBlocking();
    }

    @Test
    void theCourierAppPasses() {
        long orderId = placed();
        Orders.acceptWithJob(orderId);
        for (String language : LANGUAGES) {
            open(language);
            logIn(browser, "/shop/login.xhtml", "carlos");
            Browsers.chooseLanguage(browser, language);
            check(language, "/shop/courier/jobs.xhtml", test("pickup-" + orderId));
            check(language, "/shop/courier/earnings.xhtml", test("week-total"));
            check(language, "/shop/index.xhtml", test("store-1"));
        }
        assertNoneBlocking();
    }

    @Test
    void theMerchantPortalPasses() {
        String alice = token("alice");
        long accepted = placed();
        Orders.acceptWithJob(accepted);
        long rated = Orders.delivered(alice);
        assertEquals(200, put("/ordering/api/ratings/orders/" + rated, alice,
                "{\"storeStars\": 4, \"storeComment\": \"Bon\", \"courierStars\": 5}").status());
        for (String language : LANGUAGES) {
            open(language);
            check(language, "/backoffice/login.xhtml", By.id("login:submit"));
            logIn(browser, "/backoffice/login.xhtml", "marcel");
            check(language, "/backoffice/index.xhtml", By.tagName("h1"));
            long placed = placed();
            check(language, "/backoffice/merchant/orders.xhtml", test("accept-" + placed));
            check(language, "/backoffice/merchant/ticket.xhtml?id=" + accepted, test("ticket"));
            check(language, "/backoffice/merchant/catalog.xhtml", By.tagName("h1"));
            check(language, "/backoffice/merchant/products.xhtml", By.tagName("h1"));
            check(language, "/backoffice/merchant/hours.xhtml", test("store-status"));
            check(language, "/backoffice/merchant/reviews.xhtml", test("review-" + rated));
            check(language, "/backoffice/merchant/promotions.xhtml", By.tagName("h1"));
            check(language, "/backoffice/merchant/statements.xhtml", By.tagName("h1"));
            // the rejection dialog, open over the queue (a new order: the test platform rejects one after a minute)
            long toReject = placed();
            check(language, "/backoffice/merchant/orders.xhtml", test("reject-" + toReject));
            Browsers.click(browser, test("reject-" + toReject));
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("confirm-reject")));
            checkAsItIs(language, "/backoffice/merchant/orders.xhtml (rejection dialog)");
        }
        assertNoneBlocking();
    }

    @Test
    void theAdminConsolePasses() {
        for (String language : LANGUAGES) {
            open(language);
            logIn(browser, "/backoffice/login.xhtml", "admin");
            check(language, "/backoffice/admin/index.xhtml", By.tagName("h1"));
            check(language, "/backoffice/admin/couriers.xhtml", By.tagName("h1"));
            check(language, "/backoffice/admin/ledger.xhtml", test("invariant"));
            check(language, "/backoffice/admin/payouts.xhtml", By.tagName("h1"));
            check(language, "/backoffice/admin/promotions.xhtml", test("create-promotion"));
            check(language, "/backoffice/admin/refunds.xhtml", test("refund-order"));
            // Swagger UI draws the operations from /openapi after the page loaded
            check(language, "/backoffice/api-docs.xhtml", By.cssSelector("#swagger-ui .opblock"));
        }
        assertNoneBlocking();
    }

    /** Quits the browser of the language before, and opens one asking for {@code language} first (none for null). */
    private void open(String language) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (language != null) {
            browser = Browsers.open(language);
        }
    }

    /** A new order of alice's at Chez Marcel, waiting for the merchant's answer (for a minute on the test platform). */
    private static long placed() {
        return Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
    }

    /**
     * Opens a page, waits for what shows it has its data ({@code ready}), runs axe-core on it and keeps every serious
     * or critical violation with the nodes it was found on.
     */
    private void check(String language, String path, By ready) {
        browser.get(Platform.baseUrl() + path);
        waitFor(browser, 30).until(ExpectedConditions.presenceOfElementLocated(ready));
        checkAsItIs(language, path);
    }

    /** Runs axe-core on the page as it is now (a dialog open, say), named {@code path} in the report. */
    private void checkAsItIs(String language, String path) {
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), path);
        Results results = new AxeBuilder().analyze(browser);
        assertTrue(results.getError() == null, () -> path + ": axe failed: " + results.getErrorMessage());
        int nodes = 0;
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                nodes += rule.getNodes().size();
                StringBuilder found = new StringBuilder("%s [%s] %s (%s): %s".formatted(path, language, rule.getId(),
                        rule.getImpact(), rule.getHelp()));
                for (CheckedNode node : rule.getNodes()) {
                    found.append("\n      ").append(node.getTarget()).append("  ").append(node.getHtml().lines()
                            .findFirst().orElse(""));
                }
                violations.add(found.toString());
            }
        }
        System.out.printf("axe %-48s %s: %d serious or critical nodes%n", path, language, nodes);
        Browsers.screenshot(browser, "a11y" + path.replaceAll("[^A-Za-z0-9]+", "-") + "-" + language);
    }

    private void assertNoneBlocking() {
        assertTrue(violations.isEmpty(), () -> violations.size() + " serious or critical violations:\n  "
                + String.join("\n  ", violations));
    }
}
