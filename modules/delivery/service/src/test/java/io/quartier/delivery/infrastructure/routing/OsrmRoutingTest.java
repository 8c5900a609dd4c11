package io.quartier.delivery.infrastructure.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quartier.delivery.application.routing.Routing.Unavailable;
import io.quartier.delivery.domain.model.geo.TravelMatrix;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OSRM adapter against a server in this JVM that answers as OSRM's table service does. */
class OsrmRoutingTest {

    private static final List<GeoPoint> PARIS = List.of(new GeoPoint(48.856614, 2.352222),
            new GeoPoint(48.853400, 2.337600), new GeoPoint(48.860900, 2.364100));
    private static final GreatCircleRouting GREAT_CIRCLE = new GreatCircleRouting(1.3);
    private static final double CAR = 14;
    private static final double BIKE = 4;

    private final List<URI> asked = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsMetersAndSecondsFromTheTable() {
        answer(200, recorded("table-paris.json"), 0);

        TravelMatrix matrix = osrm(true).matrix(PARIS, CAR);

        assertEquals(2114.7, matrix.meters(0, 1), 1e-9);
        assertEquals(308.4, matrix.seconds(0, 1), 1e-9);
        assertEquals(233.1, matrix.seconds(2, 1), 1e-9);
        URI request = asked.get(0);
        assertEquals("/table/v1/driving/2.352222,48.856614;2.337600,48.853400;2.364100,48.860900", request.getPath());
        assertEquals("annotations=duration,distance", request.getQuery());
    }

    @Test
    void aSlowVehicleTakesLongerThanTheServersCar() {
        answer(200, recorded("table-paris.json"), 0);

        TravelMatrix matrix = osrm(true).matrix(PARIS, BIKE);

        assertEquals(2114.7 / BIKE, matrix.seconds(0, 1), 1e-9);
    }

    @Test
    void estimatesAPairTheServerFindsNoRoadFor() {
        answer(200, recorded("table-paris.json"), 0);

        TravelMatrix matrix = osrm(false).matrix(PARIS, CAR);

        double estimate = GREAT_CIRCLE.meters(PARIS.get(1), PARIS.get(2));
        assertEquals(estimate, matrix.meters(1, 2), 1e-9);
        assertEquals(estimate / CAR, matrix.seconds(1, 2), 1e-9);
    }

    @Test
    void anErrorCodeFallsBackOnTheGreatCircleOrFailsSayingIt() {
        answer(400, recorded("invalid-query.json"), 0);

        assertSameAs(GREAT_CIRCLE.matrix(PARIS, CAR), osrm(true).matrix(PARIS, CAR));
        Unavailable refused = assertThrows(Unavailable.class, () -> osrm(false).matrix(PARIS, CAR));
        assertTrue(refused.getMessage().contains("400 InvalidQuery: Query string malformed close to position 42"),
                refused.getMessage());
    }

    @Test
    void aServerErrorFallsBackOrFailsSayingIt() {
        answer(503, "<html><body>503 Service Temporarily Unavailable</body></html>", 0);

        assertSameAs(GREAT_CIRCLE.matrix(PARIS, CAR), osrm(true).matrix(PARIS, CAR));
        Unavailable refused = assertThrows(Unavailable.class, () -> osrm(false).matrix(PARIS, CAR));
        assertTrue(refused.getMessage().contains("answered 503"), refused.getMessage());
    }

    @Test
    void aServerTooSlowFallsBackWithinTheTimeout() {
        answer(200, recorded("table-paris.json"), 3000);
        long started = System.nanoTime();

        assertSameAs(GREAT_CIRCLE.matrix(PARIS, CAR), impatient(true).matrix(PARIS, CAR));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, "waited " + millis + " ms with a 300 ms timeout");
        Unavailable refused = assertThrows(Unavailable.class, () -> impatient(false).matrix(PARIS, CAR));
        assertTrue(refused.getMessage().contains("did not answer"), refused.getMessage());
    }

    @Test
    void garbageFallsBackOrFailsSayingIt() {
        answer(200, "{\"code\":\"Ok\",\"durations\":", 0);

        assertSameAs(GREAT_CIRCLE.matrix(PARIS, CAR), osrm(true).matrix(PARIS, CAR));
        Unavailable refused = assertThrows(Unavailable.class, () -> osrm(false).matrix(PARIS, CAR));
        assertTrue(refused.getMessage().contains("not its JSON"), refused.getMessage());
    }

    @Test
    void aTableOfTheWrongSizeIsRefused() {
        answer(200, recorded("table-wrong-shape.json"), 0);

        Unavailable refused = assertThrows(Unavailable.class, () -> osrm(false).matrix(PARIS, CAR));
        assertTrue(refused.getMessage().contains("3 x 3 durations"), refused.getMessage());
    }

    @Test
    void asksForManyPlacesInBlocksTheServerAccepts() throws IOException {
        List<GeoPoint> places = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            places.add(new GeoPoint(48.85, 2.30 + k * 0.01));
        }
        start(exchange -> {
            asked.add(exchange.getRequestURI());
            send(exchange, 200, lineTable(exchange.getRequestURI()));
        });

        TravelMatrix matrix = new OsrmRouting(base(), "driving", Duration.ofSeconds(2), 4, GREAT_CIRCLE, false)
                .matrix(places, CAR);

        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(Math.abs(i - j) * 1000.0, matrix.meters(i, j), 1e-6, "meters " + i + " to " + j);
            }
        }
        assertEquals(16, asked.size());
        assertTrue(asked.stream().allMatch(u -> u.getPath().split(";").length <= 4), "a table over 4 places was asked");
    }

    /** Time enough for a loaded machine's first request: only {@link #impatient} is meant to time out. */
    private OsrmRouting osrm(boolean fallBack) {
        return new OsrmRouting(base(), "driving", Duration.ofSeconds(5), 100, GREAT_CIRCLE, fallBack);
    }

    private OsrmRouting impatient(boolean fallBack) {
        return new OsrmRouting(base(), "driving", Duration.ofMillis(300), 100, GREAT_CIRCLE, fallBack);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void answer(int status, String body, long delayMillis) {
        start(exchange -> {
            asked.add(exchange.getRequestURI());
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            send(exchange, status, body);
        });
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void start(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", handler::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A table for places 0.01 degrees of longitude apart, taken as 1000 m each, like OSRM would give it. */
    private static String lineTable(URI uri) {
        String path = uri.getPath();
        String[] coordinates = path.substring(path.lastIndexOf('/') + 1).split(";");
        double[] lon = Arrays.stream(coordinates).mapToDouble(c -> Double.parseDouble(c.split(",")[0])).toArray();
        int[] sources = indexes(uri.getQuery(), "sources", lon.length);
        int[] destinations = indexes(uri.getQuery(), "destinations", lon.length);
        StringBuilder meters = new StringBuilder("[");
        StringBuilder seconds = new StringBuilder("[");
        for (int s : sources) {
            meters.append(meters.length() > 1 ? ",[" : "[");
            seconds.append(seconds.length() > 1 ? ",[" : "[");
            for (int d = 0; d < destinations.length; d++) {
                double m = Math.round(Math.abs(lon[s] - lon[destinations[d]]) * 100) * 1000.0;
                meters.append(d > 0 ? "," : "").append(m);
                seconds.append(d > 0 ? "," : "").append(m / 10);
            }
            meters.append(']');
            seconds.append(']');
        }
        return "{\"code\":\"Ok\",\"durations\":" + seconds + "],\"distances\":" + meters + "]}";
    }

    private static int[] indexes(String query, String name, int all) {
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return Arrays.stream(part.substring(name.length() + 1).split(";")).mapToInt(Integer::parseInt).toArray();
            }
        }
        return IntStream.range(0, all).toArray();
    }

    private static String recorded(String name) {
        try (InputStream in = OsrmRoutingTest.class.getResourceAsStream("/osrm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameAs(TravelMatrix expected, TravelMatrix actual) {
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                assertEquals(expected.meters(i, j), actual.meters(i, j), 1e-9);
                assertEquals(expected.seconds(i, j), actual.seconds(i, j), 1e-9);
            }
        }
    }
}
