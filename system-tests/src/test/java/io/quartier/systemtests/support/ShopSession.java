package io.quartier.systemtests.support;

import static io.quartier.systemtests.support.Api.PASSWORD;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's worth of state against the shop: one connection kept alive, cookies, a session once logged in. */
public final class ShopSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The shop's login form, filled and sent as a browser does. */
    public void logIn(String username) throws IOException, InterruptedException {
        logIn("/shop", username, "/shop/basket.xhtml");
    }

    /** The back office's login form (merchants, support, admins); {@code page} is one the login may then see. */
    public void logInToBackOffice(String username, String page) throws IOException, InterruptedException {
        logIn("/backoffice", username, page);
    }

    private void logIn(String webapp, String username, String behindLogin) throws IOException, InterruptedException {
        String form = page(webapp + "/login.xhtml");
        HttpResponse<String> answer = post(webapp + "/login.xhtml", Map.of("login", "login",
                "login:username", username, "login:password", PASSWORD, "login:submit", "",
                "jakarta.faces.ViewState", viewState(form)), false);
        String page = page(behindLogin);
        if (answer.statusCode() >= 400 || page.contains("login:password")) {
            throw new IllegalStateException(webapp + "'s login of " + username + " failed: " + answer.statusCode());
        }
    }

    /** What {@code path} answers, as bytes (an image, a PDF). */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Presses the store page's "add" button of the product, as its Ajax request. */
    public void addToBasket(long store, long product) throws IOException, InterruptedException {
        String page = page("/shop/store.xhtml?id=" + store);
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*data-test=\"add-" + product + "\"").matcher(page);
        if (!button.find()) {
            throw new IllegalStateException("no add button for product " + product + " on the store page");
        }
        String id = button.group(1);
        HttpResponse<String> added = post("/shop/store.xhtml?id=" + store, Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", id,
                "jakarta.faces.partial.execute", id, "jakarta.faces.partial.render", "store:basketBar options",
                id, id, "store", "store", "jakarta.faces.ViewState", viewState(page)), true);
        int before = basketCount(page);
        if (added.statusCode() != 200 || basketCount(added.body()) != before + 1) {
            throw new IllegalStateException("the product was not added to a basket of " + before + ": " + added.body());
        }
    }

    /**
     * How many items the basket link counts ("Basket (2)"): a logged-in customer's kept basket comes back at login, so
     * a session of a customer another session filled starts with their items.
     */
    private static int basketCount(String page) {
        Matcher count = Pattern.compile("data-test=\"basket\">[^(]*\\((\\d+)\\)").matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /** The page at {@code path}, which must answer 200. */
    public String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return page.body();
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return state.group(1);
    }
}
