package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Eventually;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The payments demo in one walk, on the pages, as the "done when" tells it: a new customer saves a card in the
 * gateway's form and a card from a phone's wallet, pays a first order by card with the welcome coupon (the discount in
 * the basket, on the order page and on the receipt), a second with the phone's card and a third from its Quartier
 * wallet topped up from the card; each order is delivered (the merchant accepts, the courier hands it over with the
 * codes, over the API as the other tests do) and captured; support gives back part of the wallet-paid order with the
 * merchant at fault, the customer sees it on the order page and in the wallet; an admin pays the period out and Chez
 * Marcel's statement pays, for each of these orders, its items without VAT less the platform's commission and takes
 * the refund back; the ledger page shows the books balanced and the customer's wallet account owing its balance.
 * Other tests sell at Chez Marcel too: the statement is checked on this walk's own lines.
 */
@ExtendWith(Platform.class)
class MoneyDemoUiIT {

    private static final String PASSWORD = "money-demo-1";
    /** The platform's commission on items without VAT when a merchant has no rate of its own (the launcher's default). */
    private static final long COMMISSION_BASIS_POINTS = 1500;
    private static final long TOP_UP = 2500;
    private static final long REFUNDED = 200;
    private static final Pattern EUROS = Pattern.compile("(-?)€(\\d[\\d,]*)\\.(\\d{2})");

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("money-demo-end");

    @Test
    void aNewCustomerPaysThreeWaysWithACouponIsRefundedInPartAndTheMerchantIsPaidWhatTheBooksOweIt() throws Exception {
        String name = Customers.signUpAndConfirm("money-demo", PASSWORD, "en");
        String customerToken = Api.token(name, PASSWORD);
        WebDriver customer = browsers.open("en", "customer");
        logIn(customer, "/shop/login.xhtml", name, PASSWORD);
        customer.get(Platform.baseUrl() + "/shop/account/payment-methods.xhtml");
        SandboxCardForm.fillIn(customer, "4242 4242 4242 4242");
        saveApplePay(customer);

        // a first order, by card, with the welcome coupon (a first order's 10 %, funded by the platform)
        Browsers.basketWithOneDish(customer);
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("coupon-code")))
                .sendKeys("welcome10");
        Browsers.click(customer, test("apply-coupon"));
        WebElement discountRow = waitFor(customer, 30).until(
                ExpectedConditions.visibilityOfElementLocated(test("discount")));
        assertTrue(discountRow.getText().contains("WELCOME10"), discountRow::getText);
        long subtotal = euros(customer, "subtotal");
        long discount = -amount(discountRow.findElement(By.tagName("td")).getText());
        assertEquals(subtotal * 10 / 100, discount, "10 % of the items");
        long byCardTotal = euros(customer, "total");
        assertEquals(subtotal + euros(customer, "delivery-fee") + euros(customer, "tip") - discount, byCardTotal);
        long byCard = place(customer, "Visa •••• 4242");
        assertEquals(byCardTotal, euros(customer, "order-total"));
        assertEquals(-discount, amount(waitFor(customer, 30).until(
                ExpectedConditions.visibilityOfElementLocated(test("order-discount"))).getText()));
        Receipt byCardReceipt = receipt(customer, byCard);
        assertEquals(byCardTotal, byCardReceipt.total());
        assertEquals(-discount, byCardReceipt.discount(), "the receipt shows the coupon's discount");
        deliver(byCard, customerToken);

        // a second order, paid with the card in the phone's wallet
        Browsers.basketWithOneDish(customer);
        long byPhoneTotal = euros(customer, "total");
        long byPhone = place(customer, "Apple Pay · Visa");
        assertEquals(byPhoneTotal, euros(customer, "order-total"));
        Receipt byPhoneReceipt = receipt(customer, byPhone);
        assertEquals(0, byPhoneReceipt.discount(), "the coupon was for the first order only");
        deliver(byPhone, customerToken);

        // the wallet topped up from the saved card, and a third order paid from it
        customer.get(Platform.baseUrl() + "/shop/account/wallet.xhtml");
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("top-up-amount")))
                .sendKeys("25");
        Browsers.click(customer, test("top-up"));
        awaitWallet(customer, TOP_UP);
        Browsers.basketWithOneDish(customer);
        long fromWalletTotal = euros(customer, "total");
        long fromWallet = place(customer, "Quartier wallet");
        Receipt fromWalletReceipt = receipt(customer, fromWallet);
        customer.get(Platform.baseUrl() + "/shop/account/wallet.xhtml");
        List<Long> held = amounts(waitFor(customer, 30).until(
                ExpectedConditions.visibilityOfElementLocated(test("wallet-held"))).getText());
        assertEquals(List.of(fromWalletTotal, TOP_UP - fromWalletTotal), held, "held for the order, and available");
        deliver(fromWallet, customerToken);
        awaitWallet(customer, TOP_UP - fromWalletTotal);

        // support gives back 2.00 of the wallet-paid order's items, the merchant at fault
        WebDriver support = browsers.open("en", "support");
        logIn(support, "/backoffice/login.xhtml", "support");
        Browsers.chooseLanguage(support, "en");
        Browsers.openUntil(support, "/backoffice/admin/refunds.xhtml", test("refund-order"));
        support.findElement(test("refund-order")).sendKeys(String.valueOf(fromWallet));
        Browsers.click(support, test("refund-find"));
        waitFor(support, 30).until(ExpectedConditions.attributeToBe(test("refund-order-summary"), "data-status",
                "DELIVERED"));
        new Select(support.findElement(By.id("refund:fault"))).selectByValue("MERCHANT");
        support.findElement(test("refund-items")).sendKeys("2.00");
        support.findElement(test("refund-reason")).sendKeys("The side dish was missing");
        Browsers.click(support, test("refund-submit"));
        waitFor(support, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Refund of €2.00"));

        // the customer sees the refund on the order's page, and the money back in the wallet
        customer.get(Platform.baseUrl() + "/shop/orders/order.xhtml?id=" + fromWallet);
        String refund = waitFor(customer, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li[data-test^='refund-']"))).getText();
        assertEquals(REFUNDED, amount(refund), refund);
        long walletBalance = TOP_UP - fromWalletTotal + REFUNDED;
        awaitWallet(customer, walletBalance);

        // an admin pays yesterday and today out (yesterday too: a run just after midnight still pays this walk)
        WebDriver admin = browsers.open("en", "admin");
        logIn(admin, "/backoffice/login.xhtml", "admin");
        Browsers.chooseLanguage(admin, "en");
        Browsers.openUntil(admin, "/backoffice/admin/payouts.xhtml", test("payout-run"));
        Set<String> runsBefore = hooks(admin, "run-");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WebElement from = admin.findElement(By.id("run:from_input"));
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), today.minusDays(1).toString(), Keys.ESCAPE);
        Browsers.click(admin, test("payout-run"));
        String run = waitFor(admin, 30).until(d -> hooks(d, "run-").stream().filter(r -> !runsBefore.contains(r))
                .findFirst().orElse(null));
        waitFor(admin, 30).until(ExpectedConditions.textToBe(test(run), "Finished"));
        String runRow = admin.findElement(test(run)).findElement(By.xpath("ancestor::tr")).getText();
        assertTrue(runRow.contains(today.minusDays(1) + " – " + today), runRow);

        // Chez Marcel's statement: each order's items without VAT less the commission, the refund taken back
        WebDriver merchant = browsers.open("en", "merchant");
        logIn(merchant, "/backoffice/login.xhtml", "marcel");
        Browsers.chooseLanguage(merchant, "en");
        Browsers.openUntil(merchant, "/backoffice/merchant/statements.xhtml", By.id("statements"));
        long payoutId = hooks(merchant, "payout-").stream().mapToLong(h -> Long.parseLong(h.substring(7))).max()
                .orElseThrow(() -> new AssertionError("Chez Marcel was not paid"));
        long paid = amount(merchant.findElement(test("payout-" + payoutId)).getText());
        List<String[]> sheet = csv(merchant, test("csv-" + payoutId));
        assertEquals(merchantShare(byCardReceipt), captured(sheet, byCard),
                "the coupon's discount is the platform's: " + sheet.stream().map(Arrays::toString).toList());
        assertEquals(merchantShare(byPhoneReceipt), captured(sheet, byPhone));
        assertEquals(merchantShare(fromWalletReceipt), captured(sheet, fromWallet));
        long refundedVat = BigDecimal.valueOf(REFUNDED * fromWalletReceipt.itemsVat())
                .divide(BigDecimal.valueOf(fromWalletReceipt.subtotal()), 0, RoundingMode.HALF_EVEN).longValueExact();
        assertEquals(-(REFUNDED - refundedVat), line(sheet, fromWallet, "REFUND"),
                "the merchant at fault gives back the refund without its VAT");
        long lines = sheet.stream().filter(row -> !row[5].equals("total")).mapToLong(row -> minor(row[10])).sum();
        assertEquals(paid, lines, "the statement's lines add up to what was paid");
        assertEquals(paid, minor(sheet.get(sheet.size() - 1)[10]));

        // the books: every posting sums to zero, and the wallet account owes the customer its balance
        admin.get(Platform.baseUrl() + "/backoffice/admin/ledger.xhtml");
        waitFor(admin, 30).until(ExpectedConditions.presenceOfElementLocated(test("invariant")));
        assertEquals("true", admin.findElement(test("invariant")).getAttribute("data-holds"),
                admin.findElement(test("invariant")).getText());
        String euroSum = admin.findElements(By.cssSelector("[id$='totals'] tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("EUR")).findFirst().orElseThrow();
        assertEquals(0, amount(euroSum), euroSum);
        long customerId = get("/identity/api/accounts/me", customerToken).object().getJsonNumber("id").longValue();
        assertEquals(-walletBalance, amount(admin.findElement(
                test("balance-CUSTOMER_WALLET-" + customerId + "-EUR")).getText()), "the platform owes the wallet");
    }

    private static void saveApplePay(WebDriver customer) {
        Browsers.click(customer, test("add-apple-pay"));
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(By.id("confirm"))).click();
        waitFor(customer, 30).until(d -> d.findElements(test("card-row")).size() == 2);
    }

    /** Chooses the payment method whose label starts with {@code method}, places the basket; answers the order's id. */
    private static long place(WebDriver customer, String method) {
        waitFor(customer, 30).until(d -> d.findElements(By.cssSelector("label[for^='basket:paymentMethod']")).stream()
                .filter(label -> label.getText().startsWith(method)).findFirst().orElse(null)).click();
        Browsers.placeOrderUntil(customer, ExpectedConditions.urlContains("/orders/order.xhtml"));
        String url = customer.getCurrentUrl();
        assertTrue(url.contains("/orders/order.xhtml?id="), url);
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("order-total")));
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The merchant accepts, carlos picks up and delivers with the codes, and payment captures the order. */
    private static void deliver(long orderId, String customerToken) {
        Orders.pickUpAndDeliver(orderId, Orders.acceptWithJob(orderId), customerToken);
        long hold = get("/ordering/api/orders/" + orderId, customerToken).object()
                .getJsonNumber("paymentAuthorizationId").longValue();
        Eventually.await("order " + orderId + " is captured", Duration.ofSeconds(150),
                () -> get("/payment/api/authorizations/" + hold, customerToken).object().getString("status"),
                "CAPTURED"::equals);
    }

    private record Receipt(long subtotal, long total, long discount, long itemsVat) {
    }

    /** The order's receipt page: its items, total, the discount it shows (0 for none) and the VAT in its items (10 %). */
    private static Receipt receipt(WebDriver customer, long orderId) {
        customer.get(Platform.baseUrl() + "/shop/orders/receipt.xhtml?id=" + orderId);
        waitFor(customer, 30).until(ExpectedConditions.visibilityOfElementLocated(test("receipt-total")));
        long discount = customer.findElements(test("receipt-discount")).stream()
                .mapToLong(row -> amount(row.findElement(By.tagName("td")).getText())).sum();
        return new Receipt(euros(customer, "receipt-subtotal"), euros(customer, "receipt-total"), discount,
                euros(customer, "receipt-vat-10"));
    }

    /** Opens the wallet page until it shows the balance (its page is not live: a refund may land a moment later). */
    private static void awaitWallet(WebDriver customer, long balanceMinor) {
        Eventually.await("the wallet holds " + balanceMinor, Duration.ofSeconds(30), () -> {
            customer.get(Platform.baseUrl() + "/shop/account/wallet.xhtml");
            return euros(customer, "wallet-balance");
        }, balance -> balance == balanceMinor);
    }

    /** What a capture owes the merchant: the items without their VAT, less the commission on that (half even). */
    private static long merchantShare(Receipt receipt) {
        long net = receipt.subtotal() - receipt.itemsVat();
        return net - BigDecimal.valueOf(net * COMMISSION_BASIS_POINTS)
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long captured(List<String[]> sheet, long orderId) {
        return line(sheet, orderId, "CAPTURE");
    }

    /** The amount of the statement's one line of this kind for the order, on the merchant's payable. */
    private static long line(List<String[]> sheet, long orderId, String kind) {
        List<String[]> lines = sheet.stream().filter(row -> row[6].equals(kind) && row[7].equals(String.valueOf(orderId))
                && row[9].equals("MERCHANT_PAYABLE")).toList();
        assertEquals(1, lines.size(), () -> kind + " of order " + orderId + ": "
                + sheet.stream().map(Arrays::toString).collect(Collectors.joining("\n")));
        return minor(lines.get(0)[10]);
    }

    /** The statement the page's CSV button downloads; its rows split at commas (none of its cells is quoted). */
    private static List<String[]> csv(WebDriver driver, By button) {
        String text = Browsers.download(driver, driver.findElement(button));
        List<String> rows = text.lines().toList();
        assertTrue(rows.get(0).startsWith("200 text/csv"), text);
        assertTrue(rows.get(1).startsWith("payout,payee_type,payee_id,"), text);
        return rows.subList(2, rows.size()).stream().map(row -> row.split(",", -1)).toList();
    }

    /** The data-test hooks on the page that start with {@code prefix} (read again if the page re-renders meanwhile). */
    private static Set<String> hooks(WebDriver driver, String prefix) {
        return waitFor(driver, 30).until(d -> d.findElements(By.cssSelector("[data-test^='" + prefix + "']")).stream()
                .map(e -> e.getAttribute("data-test")).collect(Collectors.toSet()));
    }

    private static long euros(WebDriver driver, String hook) {
        return amount(waitFor(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(test(hook))).getText());
    }

    /** The one amount in euros a text shows ("-€1.85" is -185). */
    private static long amount(String text) {
        List<Long> found = amounts(text);
        assertEquals(1, found.size(), () -> "one amount in: " + text);
        return found.get(0);
    }

    /** The amounts in euros a text shows, in minor units, in their order. */
    private static List<Long> amounts(String text) {
        Matcher m = EUROS.matcher(text);
        List<Long> found = new java.util.ArrayList<>();
        while (m.find()) {
            long minor = Long.parseLong(m.group(2).replace(",", "")) * 100 + Long.parseLong(m.group(3));
            found.add(m.group(1).isEmpty() ? minor : -minor);
        }
        return found;
    }

    /** A CSV decimal ("-1.82") in minor units. */
    private static long minor(String decimal) {
        return new BigDecimal(decimal).movePointRight(2).longValueExact();
    }
}
