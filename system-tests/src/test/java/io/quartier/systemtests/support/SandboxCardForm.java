package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sandbox gateway's own card form, filled as a customer's browser would: a test card number in, a token out. */
public final class SandboxCardForm {

    public static final String PATH = "/payment/sandbox/card-form";
    public static final String WALLET_SHEET = "/payment/sandbox/wallet-sheet";
    private static final String BACK = "/shop/account/payment-methods.xhtml";

    private SandboxCardForm() {
    }

    /** The token the form gives for the card, read from where it sends the customer back. */
    public static String token(String number) {
        Api.Response sent = Api.postAs(PATH, null, "application/x-www-form-urlencoded",
                "return=" + encode(BACK) + "&state=state12345&number=" + encode(number)
                        + "&expiryMonth=12&expiryYear=2031&cvc=123&save=");
        return tokenOf(sent);
    }

    /**
     * The device token the sandbox's phone wallet sheet gives when the customer confirms there ({@code apple_pay} or
     * {@code google_pay}), read from where it sends the customer back.
     */
    public static String deviceToken(String wallet) {
        return tokenOf(Api.postAs(WALLET_SHEET, null, "application/x-www-form-urlencoded",
                "return=" + encode(BACK) + "&state=state12345&wallet=" + wallet + "&confirm="));
    }

    /**
     * Adds a card from the shop's payment-methods page as its customer does: "Add a card" leads to the gateway's own
     * form (never a Quartier page), where the number, an expiry in 2031 and a CVC are typed and saved; back on the
     * shop's page, the card is listed with its last four digits.
     */
    public static void fillIn(WebDriver customer, String number) {
        Browsers.click(customer, Browsers.test("add-card"));
        Browsers.waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("number")));
        assertTrue(customer.getCurrentUrl().contains(PATH), customer.getCurrentUrl());
        customer.findElement(By.id("number")).sendKeys(number);
        customer.findElement(By.id("expiryMonth")).sendKeys("12");
        customer.findElement(By.id("expiryYear")).sendKeys("2031");
        customer.findElement(By.id("cvc")).sendKeys("123");
        customer.findElement(By.id("save")).click();
        String digits = number.replace(" ", "");
        String listed = "•••• " + digits.substring(digits.length() - 4);
        Browsers.waitFor(customer, 30).until(d -> d.findElements(Browsers.test("card-row")).stream()
                .anyMatch(row -> row.getText().contains(listed)));
    }

    private static String tokenOf(Api.Response sent) {
        assertEquals(303, sent.status(), sent::toString);
        String location = sent.header("Location");
        assertTrue(location.startsWith(BACK + "?state=state12345&card_token="), location);
        return URLDecoder.decode(location.substring(location.indexOf("card_token=") + "card_token=".length()),
                StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
