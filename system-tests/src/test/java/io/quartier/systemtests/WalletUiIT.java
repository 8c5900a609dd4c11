package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer adds a card in the sandbox gateway's own form (the shop's page never has a card number field), finds it
 * saved and the default, then tops its Quartier wallet up from it and sees the balance and the movement, and pays an
 * order from the wallet, which then holds the order's total.
 */
@ExtendWith(Platform.class)
class WalletUiIT {

    private static final String PASSWORD = "ui-password-1";

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerAddsACardInTheGatewaysFormAndOneFromAPhonesWalletTopsTheWalletUpAndPaysAnOrderFromIt() throws InterruptedException {
        String name = Customers.signUpAndConfirm("wallet-ui", PASSWORD, "en");
        browser = Browsers.open("en");
        try {
            Browsers.logIn(browser, "/shop/login.xhtml", name, PASSWORD);
            browser.get(Platform.baseUrl() + "/shop/account/payment-methods.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("add-card")));
            assertTrue(browser.findElements(By.cssSelector("input[autocomplete='cc-number']")).isEmpty(),
                    "the shop's page asks for no card number");
            SandboxCardForm.fillIn(browser, "4242 4242 4242 4242");
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("card-row"),
                    "Visa •••• 4242"));
            assertTrue(browser.findElement(test("card-row")).getText().contains("default"));
            assertTrue(browser.findElement(test("card-row")).getText().contains("12/2031"));

            Browsers.click(browser, test("add-apple-pay"));
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
            assertTrue(browser.getCurrentUrl().contains("/payment/sandbox/wallet-sheet"), browser.getCurrentUrl());
            browser.findElement(By.id("confirm")).click();
            waitFor(browser, 30).until(d -> d.findElements(test("card-row")).size() == 2);
            assertTrue(browser.findElements(test("card-row")).get(1).getText().startsWith("Apple Pay · Visa ••••"),
                    browser.findElements(test("card-row")).get(1)::getText);

            Browsers.click(browser, test("to-wallet"));
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("top-up-amount")))
                    .sendKeys("25");
            Browsers.click(browser, test("top-up"));
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("wallet-balance"),
                    "25.00"));
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("wallet-movement"),
                    "Top-up"));
            assertEquals(1, browser.findElements(test("wallet-movement")).size());

            // and pays an order from the wallet: the order's total is held in it until the order is delivered
            Browsers.basketWithOneDish(browser);
            String total = waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("total")))
                    .getText();
            WebElement wallet = waitFor(browser, 30).until(d -> d.findElements(
                            By.cssSelector("label[for^='basket:paymentMethod']")).stream()
                    .filter(label -> label.getText().contains("Quartier wallet")).findFirst().orElse(null));
            assertTrue(wallet.getText().contains("25.00"), wallet::getText);
            wallet.click();
            Browsers.placeOrderUntil(browser, ExpectedConditions.urlContains("/orders/order.xhtml"));
            browser.get(Platform.baseUrl() + "/shop/account/wallet.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("wallet-held"), total));
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "wallet");
            throw e;
        }
    }

    /** A card whose bank asks for 3-D Secure: the top-up goes through the bank's page and back to the wallet. */
    @Test
    void aTopUpTheBankWantsConfirmedIsCreditedAfterTheChallengeAndNotAfterAFailedOne() throws InterruptedException {
        String name = Customers.signUpAndConfirm("wallet-3ds", PASSWORD, "fr");
        PaymentMethodsIT.saved(Api.token(name, PASSWORD), SandboxCardForm.token(ThreeDSecureIT.CHALLENGE_CARD));
        browser = Browsers.open("fr");
        try {
            Browsers.logIn(browser, "/shop/login.xhtml", name, PASSWORD);
            browser.get(Platform.baseUrl() + "/shop/account/wallet.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("top-up-amount")))
                    .sendKeys("30");
            Browsers.click(browser, test("top-up"));
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("complete")));
            assertTrue(browser.getCurrentUrl().contains("/payment/sandbox/challenge"), browser.getCurrentUrl());
            browser.findElement(By.id("complete")).click();

            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("wallet-balance"),
                    "30,00"));
            assertTrue(browser.getPageSource().contains("a été ajouté à votre porte-monnaie"),
                    "the French confirmation on the way back");
            assertEquals(1, browser.findElements(test("wallet-movement")).size());

            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("top-up-amount")))
                    .sendKeys("10");
            Browsers.click(browser, test("top-up"));
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("fail"))).click();
            waitFor(browser, 30).until(ExpectedConditions.urlContains("/shop/account/wallet.xhtml"));
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".ui-messages-error"), "Votre banque n'a pas confirmé ce paiement"));
            assertTrue(browser.findElement(test("wallet-balance")).getText().contains("30,00"),
                    "nothing more after a failed challenge: " + browser.findElement(test("wallet-balance")).getText());
            assertEquals(1, browser.findElements(test("wallet-movement")).size());
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "wallet-3ds");
            throw e;
        }
    }
}
