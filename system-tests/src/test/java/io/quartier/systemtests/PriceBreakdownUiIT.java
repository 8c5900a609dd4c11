package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The basket shows, before paying, what checkout charges for the chosen place: the delivery fee, the VAT per rate, the
 * tip chosen and the total; the order and its receipt then show the same amounts.
 */
@ExtendWith(Platform.class)
class PriceBreakdownUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("price-breakdown-end");

    private WebDriver customer;

    @Test
    void theBasketShowsTheFeeForThePlaceTheTipAndTheTotalThatTheOrderAndReceiptKeep() {
        customer = browsers.open("en");
        logIn(customer, "/shop/login.xhtml", "alice");
        Browsers.chooseLanguage(customer, "en");
        // Île de la Cité, 2.8 km from Chez Marcel: 1.99 EUR and two kilometres started at 0.50 EUR
        customer.get(Platform.baseUrl() + "/shop/index.xhtml?lat=48.8544&lon=2.3353&place=Cite");
        customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        customer.findElement(test("basket")).click();

        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("delivery-fee")));
        // the basket re-renders when the store's catalog changes (a stock count moved by another order): read each
        // amount afresh rather than from an element found a moment before
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("subtotal"), "€18.50"));
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("delivery-fee"), "€2.99"));
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("total"), "€21.49"));
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("vat-10"), "€1.68")); // 18.50 * 10 / 110 = 1.682
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("vat-20"), "€0.50")); // the fee's: 2.99 / 6 = 0.498

        Browsers.click(customer, By.xpath("//*[@data-test='tip-choice']//label[normalize-space()='€2.00']"));
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("total"), "€23.49"));
        waitFor(customer, 30).until(ExpectedConditions.textToBe(test("tip"), "€2.00"));

        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("place-order")));
        Browsers.click(customer, test("place-order"));
        waitFor(customer, 60).until(ExpectedConditions.urlContains("orders/order.xhtml"));
        assertEquals("€23.49", customer.findElement(test("order-total")).getText());
        assertEquals("€2.99", customer.findElement(test("order-delivery-fee")).getText());

        customer.findElement(test("receipt-link")).click();
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("receipt-total")));
        assertEquals("€23.49", customer.findElement(test("receipt-total")).getText());
        assertEquals("€1.68", customer.findElement(test("receipt-vat-10")).getText());
        assertTrue(customer.findElement(test("receipt-pdf")).getAttribute("href").contains("receipt.pdf?id="));
    }
}
