package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Mailbox;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor signs up in the shop in French, is told in French what is wrong, confirms the address through the mailed
 * link, logs in; then forgets the password and chooses a new one through the reset mail.
 */
@ExtendWith(Platform.class)
class SignUpUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("sign-up-end");

    private WebDriver browser;

    @Test
    void aVisitorSignsUpConfirmsItsAddressLogsInAndResetsItsPassword() throws InterruptedException {
        Mailbox mailbox = Platform.mailbox();
        String name = "ui" + UUID.randomUUID().toString().substring(0, 8);
        String address = name + "@example.org";
        browser = browsers.open("fr");
        try {
            browser.get(Platform.baseUrl() + "/shop/login.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("signUp"))).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:username")));
            browser.findElement(By.id("signup:username")).sendKeys(name);
            browser.findElement(By.id("signup:displayName")).sendKeys("Test UI");
            browser.findElement(By.id("signup:email")).sendKeys(address);
            browser.findElement(By.id("signup:password")).sendKeys("short");
            browser.findElement(By.id("signup:submit")).click();
            waitFor(browser, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Un mot de passe compte au moins 8 caractères."));

            browser.findElement(By.id("signup:password")).sendKeys("long-enough-1");
            browser.findElement(By.id("signup:submit")).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("signup-sent")));

            Mailbox.Mail mail = mailbox.waitFor(address, 1);
            assertEquals("Confirmez votre compte Quartier", mail.subject());
            browser.get(Platform.baseUrl() + "/shop/verify.xhtml?token=" + mail.token());
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("verify-done")));
            Browsers.logIn(browser, "/shop/login.xhtml", name, "long-enough-1");

            browser.manage().deleteAllCookies();
            browser.get(Platform.baseUrl() + "/shop/login.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(By.id("forgotPassword"))).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:email")));
            browser.findElement(By.id("forgot:email")).sendKeys(address);
            browser.findElement(By.id("forgot:submit")).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("reset-sent")));

            Mailbox.Mail reset = mailbox.waitFor(address, 2);
            assertEquals("Choisissez un nouveau mot de passe Quartier", reset.subject());
            assertTrue(reset.body().contains(Platform.baseUrl() + "/shop/reset-password.xhtml?token="), reset.body());
            browser.get(Platform.baseUrl() + "/shop/reset-password.xhtml?token=" + reset.token());
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")));
            browser.findElement(By.id("reset:password")).sendKeys("new-password-2");
            browser.findElement(By.id("reset:submit")).click();
            waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("reset-done")));
            Browsers.logIn(browser, "/shop/login.xhtml", name, "new-password-2");
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "sign-up");
            throw e;
        }
    }
}
