package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.logIn;
import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Browsers;
import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The merchant edits a price and marks another dish sold out in the portal; a customer who has the store's
 * page open (and that dish in the basket) sees both changes, and is told about the sold-out dish, without
 * reloading.
 */
@ExtendWith(Platform.class)
class MerchantCatalogUiIT {

    private static final long REPRICED = 102;
    private static final long SOLD_OUT = 105;

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("merchant-catalog-end");

    private WebDriver customer;
    private WebDriver merchant;

    @AfterEach
    void restoreTheDemoShelf() {
        String marcel = Api.token("marcel");
        Api.patch("/catalog/api/merchant/products/" + REPRICED, marcel, "{\"priceMinor\": 890}");
        Api.patch("/catalog/api/merchant/products/" + SOLD_OUT, marcel, "{\"available\": true}");
        Api.delete("/catalog/api/merchant/products/104/photo", marcel);
    }

    @Test
    void aSheetWithMistakesIsRefusedLineByLineAndAGoodOneIsApplied() throws Exception {
        merchant = browsers.open("fr", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/products.xhtml");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("sheet-bad", ".csv");
        java.nio.file.Files.writeString(bad, String.join("\n",
                "product_id;store_id;name;price;currency;stock;available",
                REPRICED + ";1;Soupe;9,50;EUR;;true",
                "201;2;Pas à moi;1,00;GBP;;true",
                SOLD_OUT + ";1;Crème;-2;EUR;;true"));
        upload(bad);
        WebElement report = waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(test("sheet-errors")));
        assertEquals(2, report.findElements(By.cssSelector("tbody tr")).size(), report.getText());
        String text = report.getText();
        assertTrue(text.contains("Aucun de vos produits") && text.contains("négatif"), text);
        assertEquals(890, priceOf(REPRICED), "the good line was not applied: nothing changes when the file is invalid");

        java.nio.file.Path good = java.nio.file.Files.createTempFile("sheet-good", ".csv");
        java.nio.file.Files.writeString(good, String.join("\n",
                "product_id;store_id;name;price;currency;stock;available",
                REPRICED + ";1;Soupe;9,20;EUR;;true"));
        upload(good);
        waitFor(merchant, 30).until(ExpectedConditions.invisibilityOfElementLocated(test("sheet-errors")));
        assertEquals(920, priceOf(REPRICED));
    }

    @Test
    void aProductWrittenInTheEditorAppearsOnTheOpenShelfInTheCustomersLanguage() {
        customer = browsers.open("en", "customer");
        Browsers.openLive(customer, "/shop/store.xhtml?id=1");

        merchant = browsers.open("fr", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/catalog.xhtml");
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("new-product"))).click();
        waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(test("name-en")))
                .sendKeys("Warm goat cheese salad");
        merchant.findElement(By.cssSelector("[data-test='product-price'] input[type='text']"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "11.50");
        clickInView(merchant, test("save-product"));
        String refusal = waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(
                test("product-errors"))).getText();
        assertTrue(refusal.contains("langue de la boutique"), "no French name: refused, and said why: " + refusal);

        merchant.findElement(test("name-fr")).sendKeys("Salade de chèvre chaud");
        clickInView(merchant, test("save-product"));
        waitFor(merchant, 30).until(ExpectedConditions.invisibilityOfElementLocated(test("name-fr")));

        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("store"),
                "Warm goat cheese salad"));
        Browsers.assertNeverReloaded(customer);
        Browsers.screenshot(customer, "customer-sees-new-product");
    }

    @Test
    void aPhotoUploadedInTheEditorIsCheckedAndShownOnTheShelf() throws Exception {
        customer = browsers.open("en", "customer");
        Browsers.openLive(customer, "/shop/store.xhtml?id=1");

        merchant = browsers.open("de", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/catalog.xhtml");
        waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(test("edit-104"))).click();
        java.nio.file.Path notAnImage = java.nio.file.Files.createTempFile("not-a-photo", ".png");
        java.nio.file.Files.writeString(notAnImage, "this is text, not a picture");
        photoInput().sendKeys(notAnImage.toAbsolutePath().toString());
        String refusal = waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(
                test("product-errors"))).getText();
        assertFalse(refusal.isBlank(), "a translated refusal");

        java.nio.file.Path photo = java.nio.file.Files.createTempFile("blanquette", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xE8, 0xD5, 0xB0));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        photoInput().sendKeys(photo.toAbsolutePath().toString());
        waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(test("current-photo")));

        WebElement shown = waitFor(customer, 15).until(ExpectedConditions.presenceOfElementLocated(test("photo-104")));
        assertTrue(shown.getAttribute("src").contains("/catalog/api/products/104/photo"), shown.getAttribute("src"));
        Object width = ((JavascriptExecutor) customer).executeAsyncScript(
                "var img = arguments[0], done = arguments[1];"
                        + "if (img.complete) { done(img.naturalWidth); } else { img.onload = function () { done(img.naturalWidth); }; }",
                shown);
        assertEquals(400L, ((Number) width).longValue(), "the shop is served the small rendition");
    }

    private WebElement photoInput() {
        return waitFor(merchant, 30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#photoUpload input[type='file']")));
    }

    /** A button low in a tall dialog: scrolled to first, so that nothing lies over it. */
    private static void clickInView(WebDriver driver, By button) {
        WebElement element = driver.findElement(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(driver, 10).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void upload(java.nio.file.Path file) {
        merchant.findElement(By.cssSelector("#sheet input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    }

    private static long priceOf(long productId) {
        return Api.get("/catalog/api/merchant/products", Api.token("marcel")).array().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getJsonNumber("id").longValue() == productId)
                .findFirst().orElseThrow().getJsonNumber("priceMinor").longValue();
    }

    @Test
    void priceAndSoldOutChangesReachAnOpenStorePageWithoutReload() {
        customer = browsers.open("fr", "customer");
        logIn(customer, "/shop/login.xhtml", "alice");
        Browsers.openLive(customer, "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-" + SOLD_OUT))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        String priceBefore = customer.findElement(test("price-" + REPRICED)).getText();
        Browsers.markLive(customer);

        merchant = browsers.open("en", "merchant");
        Browsers.openAs(merchant, "marcel", "/backoffice/merchant/products.xhtml");
        WebElement price = waitFor(merchant, 30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-test='price-cell-" + REPRICED + "'] input[type='text']")));
        price.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9.50", Keys.TAB);
        waitFor(merchant, 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        merchant.findElement(By.cssSelector("[data-test='sold-out-cell-" + SOLD_OUT + "'] .ui-toggleswitch-slider")).click();

        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(test("price-" + REPRICED), "9,50"));
        waitFor(customer, 10).until(ExpectedConditions.presenceOfElementLocated(test("unavailable-" + SOLD_OUT)));
        assertFalse(customer.findElement(test("add-" + SOLD_OUT)).isEnabled(), "a sold-out dish cannot be added");
        waitFor(customer, 10).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), "épuisé"));
        Browsers.screenshot(customer, "customer-sees-merchant-changes");
        assertFalse(priceBefore.contains("9,50"), "the price was " + priceBefore + " before the merchant changed it");
        Browsers.assertNeverReloaded(customer);
    }
}
