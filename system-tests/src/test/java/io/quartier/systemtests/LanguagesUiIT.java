package io.quartier.systemtests;

import static io.quartier.systemtests.support.Browsers.test;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quartier.systemtests.support.OpenBrowsers;
import io.quartier.systemtests.support.Platform;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The shells speak five languages: the browser's first, then the visitor's choice, remembered; Arabic right to left. */
@ExtendWith(Platform.class)
class LanguagesUiIT {

    @RegisterExtension
    final OpenBrowsers browsers = new OpenBrowsers("languages-end");

    private WebDriver browser;

    @Test
    void aFirstVisitFollowsTheBrowsersLanguage() {
        browser = browsers.open("de");
        browser.get(Platform.baseUrl() + "/shop/login.xhtml");
        assertEquals("de", htmlAttribute("lang"));
    }

    @Test
    void everyLanguageTranslatesTheLoginPageAndArabicIsRightToLeft() {
        browser = browsers.open("en");
        Set<String> buttonTexts = new HashSet<>();
        for (String language : List.of("en", "fr", "es", "de", "ar")) {
            browser.get(Platform.baseUrl() + "/shop/login.xhtml");
            waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("lang-" + language))).click();
            // The click reloads the page: the html element read during the reload may be gone meanwhile (stale, or
            // Chromium's "node does not belong to the document").
            waitFor(browser, 30).ignoring(WebDriverException.class)
                    .until(d -> language.equals(htmlAttribute("lang")));
            assertEquals(language.equals("ar") ? "rtl" : "ltr", htmlAttribute("dir"));
            buttonTexts.add(buttonText());
        }
        assertEquals(5, buttonTexts.size(), "five different translations of the login button: " + buttonTexts);
    }

    @Test
    void theChoiceIsRememberedInANewSession() {
        browser = browsers.open("en");
        browser.get(Platform.baseUrl() + "/backoffice/login.xhtml");
        waitFor(browser, 30).until(ExpectedConditions.elementToBeClickable(test("lang-ar"))).click();
        waitFor(browser, 30).ignoring(WebDriverException.class)
                .until(d -> "ar".equals(htmlAttribute("lang")));
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(Platform.baseUrl() + "/backoffice/login.xhtml");
        assertEquals("ar", htmlAttribute("lang"));
        assertEquals("rtl", htmlAttribute("dir"));
        assertNotEquals("", buttonText());
    }

    private String htmlAttribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    private String buttonText() {
        return browser.findElement(By.id("login:submit")).getText();
    }
}
