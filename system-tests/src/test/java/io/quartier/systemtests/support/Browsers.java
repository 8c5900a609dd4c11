package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium, offline, as FACTS.md found it to work. Never skipped: a missing browser fails. */
public final class Browsers {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browsers() {
    }

    public static WebDriver open(String acceptLanguage) {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver. Install them with:\n"
                    + "  apt-get update && apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("quartier-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                    "--lang=" + acceptLanguage, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A wait that looks again when the element it found was replaced meanwhile: live pages re-render their parts
     * at any moment (a push), so an element found a moment ago may be gone when its attribute is read.
     */
    public static WebDriverWait waitFor(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks the element, finding it again if a push re-rendered it between finding and clicking (a live page may
     * replace its parts at any moment).
     */
    public static void click(WebDriver driver, By element) {
        waitFor(driver, 30).until(d -> {
            d.findElement(element).click();
            return true;
        });
    }

    /** Puts Chez Marcel's first dish (product 101 of store 1) in the basket and opens the basket. */
    public static void basketWithOneDish(WebDriver customer) {
        customer.get(Platform.baseUrl() + "/shop/store.xhtml?id=1");
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("add-101"))).click();
        waitFor(customer, 30).until(ExpectedConditions.textToBePresentInElementLocated(test("basket"), "(1)"));
        waitFor(customer, 30).until(ExpectedConditions.elementToBeClickable(test("basket"))).click();
    }

    /**
     * Places the basket's order to a Paris address until the page shows {@code answered} (at most three clicks): the
     * basket is live, so a push (stock moved by another order) may re-render it between typing and clicking and swallow
     * the click; its checkout key keeps the clicks one checkout.
     */
    public static void placeOrderUntil(WebDriver customer, ExpectedCondition<?> answered) {
        for (int attempt = 0; attempt < 3 && customer.getCurrentUrl().contains("basket"); attempt++) {
            WebElement address = waitFor(customer, 30).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("basket:address")));
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("12 rue des Martyrs, 75009 Paris", Keys.TAB);
            }
            click(customer, test("place-order"));
            try {
                waitFor(customer, 30).until(answered);
                return;
            } catch (TimeoutException lost) {
                // the click was lost to a re-render: given again
            }
        }
    }

    /** Logs a demo account in through the login page of the webapp {@code page} belongs to, then opens the page. */
    public static void openAs(WebDriver driver, String username, String page) {
        logIn(driver, page.substring(0, page.indexOf('/', 1)) + "/login.xhtml", username);
        driver.get(Platform.baseUrl() + page);
    }

    /**
     * Logs in a demo account through a webapp's login page; {@code loginPath} is "/shop/login.xhtml" or
     * "/backoffice/login.xhtml". A demo customer starts the shop with an empty basket: ordering keeps a customer's basket
     * between logins, and what an earlier test left in it would otherwise come back ({@code KeptBasketUiIT} tests that).
     */
    public static void logIn(WebDriver driver, String loginPath, String username) {
        if (loginPath.startsWith("/shop")) {
            Api.Response emptied = Api.delete("/ordering/api/cart", Api.token(username));
            if (emptied.status() != 204 && emptied.status() != 403) { // 403: a courier, who has no basket
                throw new IllegalStateException("the kept basket of " + username + " could not be emptied: " + emptied);
            }
        }
        logIn(driver, loginPath, username, Api.PASSWORD);
    }

    /** Logs in with a password of the test's own (an account it signed up). */
    public static void logIn(WebDriver driver, String loginPath, String username, String password) {
        driver.get(Platform.baseUrl() + loginPath);
        waitFor(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver, 30).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /**
     * Switches the session to {@code language} with the page's language links, as a person does: a login takes the
     * account's own language (alice reads French), so a test that reads another one chooses it after logging in.
     */
    public static void chooseLanguage(WebDriver driver, String language) {
        waitFor(driver, 30).until(ExpectedConditions.elementToBeClickable(test("lang-" + language))).click();
        waitFor(driver, 30).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /**
     * Opens a page of the platform until {@code ready} shows on it (three tries): a navigation the page before started
     * (a language switch's post and redirect) may still land after this one and take the browser back there.
     */
    public static void openUntil(WebDriver driver, String path, By ready) {
        for (int attempt = 0; attempt < 3; attempt++) {
            driver.get(Platform.baseUrl() + path);
            try {
                waitFor(driver, 15).until(ExpectedConditions.presenceOfElementLocated(ready));
                return;
            } catch (TimeoutException elsewhere) {
                // another navigation won: asked again
            }
        }
        throw new AssertionError(path + " never showed " + ready + "; the browser is on " + driver.getCurrentUrl());
    }

    /** Opens a page of the platform and marks it once its live socket is open (see {@link #markLive}). */
    public static void openLive(WebDriver driver, String path) {
        driver.get(Platform.baseUrl() + path);
        markLive(driver);
    }

    /**
     * Waits until the page's live socket is open ({@code data-live="connected"}), then puts a marker in its JavaScript
     * state, which a reload would wipe: {@link #assertNeverReloaded} looks for it.
     */
    public static void markLive(WebDriver driver) {
        waitFor(driver, 30).until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "connected"));
        ((JavascriptExecutor) driver).executeScript("window.quartierTestMarker = 'still-here';");
    }

    /** The page marked by {@link #markLive} still has its marker: it was updated by push, not reloaded. */
    public static void assertNeverReloaded(WebDriver driver) {
        assertEquals("still-here", ((JavascriptExecutor) driver).executeScript("return window.quartierTestMarker;"),
                "the page was updated by push, not reloaded: " + driver.getCurrentUrl());
        driver.findElement(By.tagName("body"));
    }

    /**
     * Sends a download button's form as a click would (the button's name with it) and reads the answer instead of
     * saving a file: its status and content type ("200 text/csv"), a line break, then its body as text.
     */
    public static String download(WebDriver driver, WebElement button) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = arguments[0].form;
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[0].name, arguments[0].name);
                fetch(form.action, {method: 'POST', body: data})
                    .then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t)))
                    .catch(e => done('failed ' + e));""", button);
    }

    public static By test(String hook) {
        return By.cssSelector("[data-test='" + hook + "']");
    }

    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("quartier.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e);
        }
    }
}
