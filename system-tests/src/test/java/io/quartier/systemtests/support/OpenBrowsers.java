package io.quartier.systemtests.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers a UI test opens, registered as an extension ({@code @RegisterExtension}): after each test, pass or
 * fail, each is photographed (screenshot and page source, under the test's name and the browser's role) and quit, so
 * no test writes that teardown again and no Chromium outlives its test.
 */
public final class OpenBrowsers implements AfterEachCallback {

    private final String screenshot;
    private final Map<WebDriver, String> open = new LinkedHashMap<>();

    /** Browsers photographed as {@code <screenshot>-<role>} (or {@code <screenshot>} alone) when the test ends. */
    public OpenBrowsers(String screenshot) {
        this.screenshot = screenshot;
    }

    /** A browser asking for {@code acceptLanguage} first ({@link Browsers#open}). */
    public WebDriver open(String acceptLanguage) {
        return open(acceptLanguage, null);
    }

    /** The same, for one of several browsers of a test: {@code role} ("customer", "merchant") names its screenshot. */
    public WebDriver open(String acceptLanguage, String role) {
        WebDriver driver = Browsers.open(acceptLanguage);
        open.put(driver, role == null ? screenshot : screenshot + "-" + role);
        return driver;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach((driver, name) -> {
            Browsers.screenshot(driver, name);
            driver.quit();
        });
        open.clear();
    }
}
