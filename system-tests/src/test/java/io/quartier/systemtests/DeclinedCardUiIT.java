package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
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
        Browsers.basketWithOneDish(customer);
        Browsers.placeOrderUntil(customer, ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-error"), DECLINED));
        String refusal = customer.findElements(By.cssSelector(".ui-messages-error")).stream()
                .map(WebElement::getText).findFirst().orElse("");

        assertTrue(refusal.contains(DECLINED), "the basket says why: " + customer.getCurrentUrl() + " " + refusal);
        assertTrue(customer.getCurrentUrl().contains("basket"), customer.getCurrentUrl());
        assertTrue(customer.findElement(test("subtotal")).getText().contains("18,50"), "the dish stays in the basket");
        assertEquals(0, Api.get("/ordering/api/orders", token).array().size(), "no order placed");
    }
}
