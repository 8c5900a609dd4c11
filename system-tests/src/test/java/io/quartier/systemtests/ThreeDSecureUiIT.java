package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.FromagerieAroundTheClock;
import io.quartier.systemtests.support.MultiStoreOrders;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer pays with the sandbox's 3-D Secure test card: the basket sends the browser to the bank's challenge page,
 * the customer completes it there, and back on the basket the checkout is asked again with its key and the order's
 * page opens, with one order placed and one hold taken; a basket of two stores likewise becomes one multi-store
 * order, paid with one hold, whose page opens, and when the customer fails the challenge instead, the basket says the
 * bank refused, places nothing and keeps the basket.
 */
@ExtendWith({Platform.class, FromagerieAroundTheClock.class})
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
        Browsers.basketWithOneDish(customer);
        Browsers.placeOrderUntil(customer, ExpectedConditions.urlContains("/payment/sandbox/challenge"));
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

    @Test
    void aBasketOfTwoStoresWaitsForTheBankAndBecomesOneMultiStoreOrder() throws InterruptedException {
        AtTheBank at = twoStoresAtTheBanksPage("threeds-group");

        waitFor(at.customer(), 30).until(ExpectedConditions.elementToBeClickable(By.id("complete"))).click();

        waitFor(at.customer(), 60).until(ExpectedConditions.urlContains("/orders/group.xhtml"));
        JsonArray orders = Api.get("/ordering/api/orders", at.token()).array();
        assertEquals(2, orders.size(), "one order a store: " + orders);
        assertEquals(1, orders.stream().map(o -> o.asJsonObject().getJsonNumber("paymentAuthorizationId"))
                .distinct().count(), "one hold for both: " + orders);
        assertTrue(orders.stream().allMatch(o -> "PLACED".equals(o.asJsonObject().getString("status"))),
                orders::toString);
    }

    @Test
    void aBasketOfTwoStoresWhoseChallengeFailsIsRefusedOnceSaidSoAndKept() throws InterruptedException {
        AtTheBank at = twoStoresAtTheBanksPage("threeds-groupfail");
        WebDriver customer = at.customer();

        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(By.id("fail"))).click();

        By error = By.cssSelector(".ui-messages-error");
        waitFor(customer, 60).until(ExpectedConditions.visibilityOfElementLocated(error));
        String refusal = customer.findElement(error).getText();
        assertTrue(refusal.contains("Your bank did not confirm this payment"), refusal);
        assertTrue(customer.getCurrentUrl().contains("/basket.xhtml"), customer.getCurrentUrl());
        assertEquals(1, customer.findElements(Browsers.test("store-section-3")).size(), "the basket is kept");
        assertEquals(0, Api.get("/ordering/api/orders", at.token()).array().size(), "nothing placed");
    }

    /** A new customer's browser on the bank's page, and the customer's token. */
    private record AtTheBank(WebDriver customer, String token) {
    }

    /**
     * A new customer whose card is the challenge card logs in, fills a basket from Chez Marcel and the Fromagerie and
     * checks out up to the bank's page.
     */
    private AtTheBank twoStoresAtTheBanksPage(String namePrefix) throws InterruptedException {
        String name = Customers.signUpAndConfirm(namePrefix, Api.PASSWORD, "en");
        String token = Api.token(name);
        PaymentMethodsIT.saved(token, SandboxCardForm.token("4000 0000 0000 3220"));
        WebDriver customer = browsers.open("en");
        logIn(customer, "/shop/login.xhtml", name, Api.PASSWORD);
        for (long[] storeAndProduct : new long[][] {{1, 101}, {3, MultiStoreOrders.CAMEMBERT}}) {
            customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=" + storeAndProduct[0]);
            waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(
                    Browsers.test("add-" + storeAndProduct[1])));
            Browsers.click(customer, Browsers.test("add-" + storeAndProduct[1]));
            waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(Browsers.test("basket"),
                    "(" + (storeAndProduct[0] == 1 ? 1 : 2) + ")"));
        }
        customer.get(Platform.baseUrl() + "/shop/basket.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(Browsers.test("store-section-3")));
        Browsers.placeOrderUntil(customer, ExpectedConditions.urlContains("/payment/sandbox/challenge"));
        assertTrue(customer.getCurrentUrl().contains("/payment/sandbox/challenge"), customer.getCurrentUrl());
        assertEquals(0, Api.get("/ordering/api/orders", token).array().size(), "nothing placed while the bank waits");
        return new AtTheBank(customer, token);
    }
}
