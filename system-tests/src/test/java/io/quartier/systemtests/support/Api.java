package io.quartier.systemtests.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** A small REST client for the tests: logs demo users in and calls the services as they would. */
public final class Api {

    public static final String PASSWORD = "demo1234";

    /** HTTP/1.1: the client's HTTP/2 upgrade on a shared connection hung every later request once one broke. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

    /** A cached token, taken again a few minutes before it expires (access tokens live 15 minutes). */
    private record Issued(String token, Instant expiresAt) {
        boolean fresh() {
            return Instant.now().plus(Duration.ofMinutes(3)).isBefore(expiresAt);
        }

        static Issued of(Response r) {
            return new Issued(r.object().getString("token"), Instant.parse(r.object().getString("expiresAt")));
        }
    }

    private Api() {
    }

    /** A bearer token for a demo user, cached while it has a few minutes to live. */
    public static String token(String username) {
        return token(username, PASSWORD);
    }

    /** A bearer token for an account a test signed up with its own password, cached as a demo user's. */
    public static String token(String username, String password) {
        return TOKENS.compute(username, (u, cached) -> {
            if (cached != null && cached.fresh()) {
                return cached;
            }
            Response r = post("/identity/api/tokens", null, null,
                    Json.createObjectBuilder().add("username", u).add("password", password).build().toString());
            if (r.status() != 200) {
                throw new IllegalStateException("login of " + u + " failed: " + r);
            }
            return Issued.of(r);
        }).token();
    }

    /**
     * A SERVICE token, as the ordering service gets it (its secret is in the launcher's data folder): for tests of
     * the internal operations that only the platform's services may call.
     */
    public static String serviceToken() {
        return TOKENS.compute("service:ordering", (u, cached) -> {
            if (cached != null && cached.fresh()) {
                return cached;
            }
            Properties secrets = new Properties();
            try (var in = Files.newInputStream(Platform.dataDir().resolve("service-secrets.properties"))) {
                secrets.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Response r = post("/identity/api/service-tokens", null, null, Json.createObjectBuilder()
                    .add("service", "ordering").add("secret", secrets.getProperty("ordering")).build().toString());
            if (r.status() != 200) {
                throw new IllegalStateException("no service token: " + r);
            }
            return Issued.of(r);
        }).token();
    }

    /** A GET that accepts whatever the server prefers (OpenAPI answers YAML, metrics text). */
    public static Response getAny(String path) {
        return send(HttpRequest.newBuilder(URI.create(Platform.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .GET().build());
    }

    public static Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public static Response post(String path, String token, String idempotencyKey, String json) {
        HttpRequest.Builder b = request(path, token)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    /** A POST of JSON sent in chunks, without a length (as a streaming client sends it). */
    public static Response postChunked(String path, String token, String idempotencyKey, String json) {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    public static Response patch(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A GET accepting {@code accept} (a CSV sheet, say). */
    public static Response getAs(String path, String token, String accept) {
        // A path on the platform, or a whole URL (an optional module on an instance of its own).
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** A POST of a body that is not JSON (a CSV sheet, say); the answer is asked for as JSON. */
    public static Response postAs(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static Response put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT of a binary body (an image, say); the answer is asked for as JSON. */
    public static Response putBytes(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A POST of a binary body (a photo, say); the answer is asked for as JSON. */
    public static Response postBytes(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A GET of a binary answer (an image, say), with the request headers given (If-None-Match, say). */
    public static Download download(String path, String token, Map<String, String> headers) {
        // A path on the platform, or a whole URL (an optional module on an instance of its own).
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Platform.baseUrl() + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with extra headers, no token. */
    public static Response getWithHeaders(String path, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, null).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A POST of a JSON body with extra headers, no token. */
    public static Response postWithHeaders(String path, Map<String, String> headers, String json) {
        HttpRequest.Builder b = request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** Any method with a raw body (which may not even be JSON), as a fuzzer sends it. */
    public static Response send(String method, String path, String token, String idempotencyKey, String body) {
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    public static Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    private static HttpRequest.Builder request(String path, String token) {
        // A path on the platform, or a whole URL (an optional module on an instance of its own).
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, String contentType, String body, HttpHeaders headers) {

        /** The header's first value, null when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        /** The body as JSON; a body that is not (a container's HTML error page) fails naming the status. */
        private JsonStructure parse() {
            try {
                return Json.createReader(new StringReader(body)).read();
            } catch (jakarta.json.JsonException e) {
                String shown = toString();
                throw new AssertionError("not JSON: " + shown.substring(0, Math.min(shown.length(), 600)), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** A binary answer, as it came. */
    public record Download(int status, HttpHeaders headers, byte[] body) {

        /** The header's first value, null when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body.length + " bytes";
        }
    }
}
