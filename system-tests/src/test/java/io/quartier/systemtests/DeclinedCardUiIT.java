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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer whose only card is the sandbox's declined test card orders in German: the basket says, in German, that
 * the payment was refused and to choose another way to pay; no order is placed and the basket keeps its dish.
 */
@ExtendWith(Platform.class)
class DeclinedCardUiIT {

    private static final String DECLINED = "Ihre Zahlung wurde abgelehnt";

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("declined-card-end");

    @Test
    void aDeclinedCardPlacesNothingAndTheBasketSaysWhyInTheCustomersLanguage() throws InterruptedException {
        String name = Customers.signUpAndConfirm("declined-ui", Api.PASSWORD, "de");
        String token = Api.token(name);
        PaymentMethodsIT.saved(token, SandboxCardForm.token("4000 0000 0000 0002"));

        WebDriver customer = browsers.open("de");
        logIn(customer, "/shop/login.xhtml", name, Api.PASSWORD);
        Browsers.chooseLanguage(customer, "de");
        customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("basket"))).click();
        // the basket is live: a push (stock moved by another order) may re-render it between typing and clicking,
        // so the address is typed and the click given again until the basket answers; its checkout key keeps it one
        String refusal = "";
        for (int attempt = 0; attempt < 3 && !refusal.contains(DECLINED)
                && customer.getCurrentUrl().contains("basket"); attempt++) {
            WebElement address = waitFor(customer, 30).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("basket:address")));
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("12 rue des Martyrs, 75009 Paris", Keys.TAB);
            }
            Browsers.click(customer, test("place-order"));
            try {
                refusal = waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-error"))).getText();
            } catch (TimeoutException lost) {
                // the click was lost to a re-render: given again
            }
        }

        assertTrue(refusal.contains(DECLINED), "the basket says why: " + customer.getCurrentUrl() + " " + refusal);
        assertTrue(customer.getCurrentUrl().contains("basket"), customer.getCurrentUrl());
        assertTrue(customer.findElement(test("subtotal")).getText().contains("18,50"), "the dish stays in the basket");
        assertEquals(0, Api.get("/ordering/api/orders", token).array().size(), "no order placed");
    }
}
