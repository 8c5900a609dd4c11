package io.quartier.delivery.infrastructure.routing;

import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Travel over the road network from an OSRM server's table service ({@code GET /table/v1/{profile}/{lon,lat;...}
 * ?annotations=duration,distance}), in blocks of at most {@code maxTableSize} places per request (OSRM refuses
 * bigger tables: 100 by default). The server's durations are those of its profile (usually a car), so a slower
 * vehicle takes {@code max(duration, distance / its speed)}. A pair the server finds no road for is estimated
 * by the great-circle fallback. When the server cannot answer (down, slow, an error code, a 5xx, a body that is not
 * its JSON), the whole matrix comes from the fallback, with a warning in the log; without a fallback, the caller
 * gets {@link Routing.Unavailable} saying what went wrong.
 */
public class OsrmRouting implements Routing {

    private static final Logger LOG = Logger.getLogger(OsrmRouting.class.getName());

    private final URI server;
    private final String profile;
    private final Duration timeout;
    private final int maxTableSize;
    private final GreatCircleRouting estimate;
    private final boolean fallBack;
    private final HttpClient http;

    /**
     * @param estimate fills the pairs OSRM finds no road for, and the whole matrix when OSRM fails if
     *                 {@code fallBack}
     */
    public OsrmRouting(URI server, String profile, Duration timeout, int maxTableSize, GreatCircleRouting estimate,
                       boolean fallBack) {
        if (maxTableSize < 2) {
            throw new IllegalArgumentException("an OSRM table needs room for 2 places at least");
        }
        this.server = URI.create(server.toString().replaceAll("/+$", "") + "/");
        this.profile = profile;
        this.timeout = timeout;
        this.maxTableSize = maxTableSize;
        this.estimate = estimate;
        this.fallBack = fallBack;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> places, double metersPerSecond) {
        try {
            return fetch(places, metersPerSecond);
        } catch (Routing.Unavailable e) {
            if (!fallBack) {
                throw e;
            }
            LOG.warning(() -> e.getMessage() + "; travel estimated by great-circle distance instead");
            return estimate.matrix(places, metersPerSecond);
        }
    }

    private TravelMatrix fetch(List<GeoPoint> places, double metersPerSecond) {
        int n = places.size();
        double[][] meters = new double[n][n];
        double[][] seconds = new double[n][n];
        int block = n <= maxTableSize ? Math.max(n, 1) : maxTableSize / 2;
        for (int from = 0; from < n; from += block) {
            for (int to = 0; to < n; to += block) {
                table(places, from, Math.min(n, from + block), to, Math.min(n, to + block), meters, seconds);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i][j] = Math.max(seconds[i][j], meters[i][j] / metersPerSecond);
            }
        }
        return new TravelMatrix(meters, seconds);
    }

    /** Fills rows [fromStart, fromEnd) by columns [toStart, toEnd) with one request. */
    private void table(List<GeoPoint> places, int fromStart, int fromEnd, int toStart, int toEnd, double[][] meters,
                       double[][] seconds) {
        boolean same = fromStart == toStart;
        List<GeoPoint> asked = same ? places.subList(fromStart, fromEnd)
                : concat(places.subList(fromStart, fromEnd), places.subList(toStart, toEnd));
        int sources = fromEnd - fromStart;
        int destinations = toEnd - toStart;
        String query = "annotations=duration,distance";
        if (!same) {
            query += "&sources=" + range(0, sources) + "&destinations=" + range(sources, sources + destinations);
        }
        JsonObject answer = get(server.resolve("table/v1/" + profile + "/" + coordinates(asked) + "?" + query));
        JsonArray durations = rows(answer, "durations", sources, destinations);
        JsonArray distances = rows(answer, "distances", sources, destinations);
        for (int i = 0; i < sources; i++) {
            for (int j = 0; j < destinations; j++) {
                int row = fromStart + i;
                int column = toStart + j;
                JsonValue duration = durations.getJsonArray(i).get(j);
                JsonValue distance = distances.getJsonArray(i).get(j);
                if (duration instanceof JsonNumber d && distance instanceof JsonNumber m) {
                    seconds[row][column] = d.doubleValue();
                    meters[row][column] = m.doubleValue();
                } else {
                    meters[row][column] = estimate.meters(places.get(row), places.get(column));
                }
            }
        }
    }

    private JsonObject get(URI uri) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Routing.Unavailable("OSRM at " + server + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Routing.Unavailable("interrupted while waiting for OSRM at " + server, e);
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Routing.Unavailable("OSRM at " + server + " answered " + response.statusCode()
                    + " with something that is not its JSON", e);
        }
        String code = body.getString("code", "");
        if (response.statusCode() != 200 || !"Ok".equals(code)) {
            throw new Routing.Unavailable("OSRM at " + server + " answered " + response.statusCode() + " " + code
                    + ": " + body.getString("message", "no message"), null);
        }
        return body;
    }

    private static JsonArray rows(JsonObject answer, String name, int rows, int columns) {
        JsonValue value = answer.get(name);
        if (value instanceof JsonArray array && array.size() == rows
                && array.stream().allMatch(r -> r instanceof JsonArray row && row.size() == columns)) {
            return array;
        }
        throw new Routing.Unavailable("OSRM's table has no " + rows + " x " + columns + " " + name, null);
    }

    private static String coordinates(List<GeoPoint> places) {
        return places.stream().map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.lon(), p.lat()))
                .collect(Collectors.joining(";"));
    }

    private static String range(int from, int to) {
        return IntStream.range(from, to).mapToObj(String::valueOf).collect(Collectors.joining(";"));
    }

    private static List<GeoPoint> concat(List<GeoPoint> a, List<GeoPoint> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
