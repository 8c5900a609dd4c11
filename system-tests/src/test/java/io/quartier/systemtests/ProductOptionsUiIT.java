package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A customer chooses a product's options in the shop: a required choice is asked for, and priced in the basket. */
@ExtendWith(Platform.class)
class ProductOptionsUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("product-options-end");

    private WebDriver customer;

    @Test
    void aRequiredChoiceIsAskedForAndTheChosenOptionIsPriced() {
        customer = browsers.open("en");
        logIn(customer, "/shop/login.xhtml", "alice");
        Browsers.chooseLanguage(customer, "en");
        Browsers.openLive(customer, "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-102"))).click();
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-chosen"))).click();
        String error = waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#choose .ui-messages-error"))).getText();
        assertTrue(error.contains("Size"), error);

        customer.findElement(By.xpath("//label[contains(., 'Large tureen')]")).click();
        customer.findElement(test("add-chosen")).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        customer.findElement(test("basket")).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket"),
                "French onion soup (Large tureen)"));
        assertTrue(customer.findElement(test("subtotal")).getText().contains("11.90"),
                customer.findElement(test("subtotal")).getText());
    }
}
