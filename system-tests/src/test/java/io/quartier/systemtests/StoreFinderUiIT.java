package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shop's home page for a place: the stores that deliver there with distance, fee and time, narrowed by a search
 * or a type; without a place, every store by country under a request to choose one.
 */
@ExtendWith(Platform.class)
class StoreFinderUiIT {

    /** Rue des Abbesses, Paris 18e: Chez Marcel (1) and the Fromagerie (3) deliver there, Camden Greens (2) not. */
    private static final String ABBESSES = "/shop/index.xhtml?lat=48.8840&lon=2.3385&place=Rue%20des%20Abbesses";

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("store-finder-end");

    private WebDriver browser;

    @Test
    void aPlaceInParisListsTheParisStoresWithDistanceAndFeeAndASearchNarrowsThem() {
        browser = browsers.open("fr");
        browser.get(Platform.baseUrl() + ABBESSES);
        waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("nearby")));
        assertTrue(browser.findElement(test("nearby")).getText().contains("Rue des Abbesses"));
        assertEquals(List.of("1", "3"), listed().stream().sorted().toList());
        assertTrue(browser.findElements(test("store-2")).isEmpty(), "London's store does not deliver to Paris");
        assertTrue(browser.findElement(test("distance-1")).getText().matches(".*\\d+ m.*"),
                browser.findElement(test("distance-1")).getText());
        assertTrue(browser.findElement(test("fee-1")).getText().contains("1,99"), browser.findElement(test("fee-1")).getText());
        assertTrue(browser.findElement(test("eta-1")).getText().matches(".*\\d+ min.*"));

        WebElement search = browser.findElement(test("search"));
        search.sendKeys("camembert");
        browser.findElement(test("search-submit")).click();
        waitFor(browser, 30).until(ExpectedConditions.urlContains("q=camembert"));
        assertEquals(List.of("3"), listed(), "only the Fromagerie sells camembert");
        assertEquals("camembert", browser.findElement(test("search")).getAttribute("value"));

        browser.findElement(test("type-RESTAURANT")).click();
        waitFor(browser, 30).until(ExpectedConditions.urlContains("type=RESTAURANT"));
        assertTrue(listed().isEmpty(), "no restaurant sells camembert");
        assertTrue(browser.findElement(test("none-nearby")).isDisplayed());

        browser.get(Platform.baseUrl() + "/shop/index.xhtml?type=RESTAURANT");
        waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("nearby")));
        assertEquals(List.of("1"), listed(), "the place stays chosen for the session");
    }

    @Test
    void withoutAPlaceThePageAsksForOneAndListsEveryStoreByCountry() {
        browser = browsers.open("en");
        browser.get(Platform.baseUrl() + "/shop/index.xhtml");
        waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("choose-place")));
        assertTrue(browser.findElements(test("nearby")).isEmpty());
        for (String store : List.of("store-1", "store-2", "store-3", "store-4")) {
            assertEquals(1, browser.findElements(test(store)).size(), store);
        }
        assertEquals(3, browser.findElements(By.cssSelector(".q-country")).size(), "France, Morocco, United Kingdom");
    }

    @Test
    void aPlaceOffTheMapIsRefusedWithATranslatedMessage() {
        browser = browsers.open("en");
        browser.get(Platform.baseUrl() + "/shop/index.xhtml?lat=123&lon=2&place=Nowhere");
        waitFor(browser, 30).until(ExpectedConditions.visibilityOfElementLocated(test("choose-place")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("not on the map"),
                browser.findElement(By.id("messages")).getText());
    }

    /** The ids of the stores listed for the place, in the page's order. */
    private List<String> listed() {
        return browser.findElements(By.cssSelector("[data-test='nearby'] li[data-store]")).stream()
                .map(li -> li.getAttribute("data-store")).toList();
    }
}
