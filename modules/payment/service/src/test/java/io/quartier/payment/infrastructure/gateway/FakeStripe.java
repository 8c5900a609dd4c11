package io.quartier.payment.infrastructure.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local server answering like Stripe's API: each request gets the next answer queued by the test (status and
 * JSON body, optionally late), and is kept so the test can check the path, the form and the headers sent.
 */
final class FakeStripe implements AutoCloseable {

    record Sent(String method, String path, Map<String, String> form, String idempotencyKey, String authorization) {
    }

    private record Answer(int status, String json, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    FakeStripe() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeStripe answers(int status, String json) {
        return answersLate(status, json, Duration.ZERO);
    }

    synchronized FakeStripe answersLate(int status, String json, Duration delay) {
        answers.add(new Answer(status, json, delay));
        return this;
    }

    List<Sent> sent() {
        return sent;
    }

    Sent only() {
        if (sent.size() != 1) {
            throw new AssertionError("expected one request to Stripe, got " + sent);
        }
        return sent.get(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        sent.add(new Sent(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form(body),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer;
        synchronized (this) {
            answer = answers.poll();
        }
        if (answer == null) {
            answer = new Answer(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"the test queued no answer\"}}",
                    Duration.ZERO);
        }
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test" + sent.size());
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), json.length);
            out.write(json);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
