package io.quartier.identity.infrastructure.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quartier.identity.application.Geocoder;
import io.quartier.identity.application.Geocoder.Place;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Nominatim adapter against a local HTTP server answering as Nominatim's {@code /search?format=jsonv2} does. */
class NominatimGeocoderTest {

    /** Two places, as Nominatim answers them (abridged from its documentation's example). */
    private static final String TWO_PLACES = """
            [{"place_id": 88421542, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
              "osm_type": "way", "osm_id": 4405419, "lat": "48.8790226", "lon": "2.3396731",
              "category": "highway", "type": "residential", "place_rank": 26, "importance": 0.31,
              "addresstype": "road", "name": "Rue des Martyrs",
              "display_name": "Rue des Martyrs, Quartier Saint-Georges, Paris 9e, Paris, France",
              "boundingbox": ["48.8759", "48.8823", "2.3391", "2.3404"]},
             {"place_id": 1, "lat": "48.8866", "lon": "2.3400", "display_name": "Rue des Martyrs, Paris 18e, France"}]""";

    private HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<HttpExchangeSeen> seen = new CopyOnWriteArrayList<>();
    private NominatimGeocoder nominatim;

    private record Answer(int status, String contentType, String body) {
    }

    private record HttpExchangeSeen(String path, String query, String userAgent) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        nominatim = new NominatimGeocoder();
        nominatim.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        nominatim.userAgent = "Quartier-test (ops@quartier.test)";
        nominatim.minInterval = Duration.ZERO;
        nominatim.timeout = Duration.ofSeconds(2);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksTheSearchApiAndReadsItsPlaces() {
        answers.put("q=12 rue des Martyrs, Paris", new Answer(200, "application/json", TWO_PLACES));

        List<Place> found = nominatim.search("12 rue des Martyrs, Paris", 5);

        assertEquals(List.of(new Place("Rue des Martyrs, Quartier Saint-Georges, Paris 9e, Paris, France", 48.8790226,
                2.3396731), new Place("Rue des Martyrs, Paris 18e, France", 48.8866, 2.34)), found);
        HttpExchangeSeen request = seen.get(0);
        assertEquals("/search", request.path());
        assertTrue(request.query().contains("format=jsonv2"), request.query());
        assertTrue(request.query().contains("limit=5"), request.query());
        assertEquals("Quartier-test (ops@quartier.test)", request.userAgent(), "Nominatim's policy asks for a name");
    }

    @Test
    void keepsToTheLimit() {
        answers.put("q=rue des Martyrs", new Answer(200, "application/json", TWO_PLACES));
        assertEquals(1, nominatim.search("rue des Martyrs", 1).size());
    }

    @Test
    void anEmptyAnswerIsNoPlace() {
        answers.put("q=Atlantis", new Answer(200, "application/json", "[]"));
        assertEquals(List.of(), nominatim.search("Atlantis", 5));
    }

    @Test
    void leavesOutAPlaceWithoutUsableCoordinates() {
        answers.put("q=odd", new Answer(200, "application/json", """
                [{"display_name": "no coordinates"},
                 {"display_name": "not numbers", "lat": "north", "lon": "east"},
                 {"display_name": "off the Earth", "lat": "91.5", "lon": "2.0"},
                 {"display_name": "Paris, France", "lat": "48.85", "lon": "2.35"}]"""));
        assertEquals(List.of(new Place("Paris, France", 48.85, 2.35)), nominatim.search("odd", 5));
    }

    @Test
    void tooManyRequestsIsUnavailable() {
        answers.put("q=busy", new Answer(429, "text/html", "<html>Too Many Requests</html>"));
        assertThrows(Geocoder.Unavailable.class, () -> nominatim.search("busy", 5));
    }

    @Test
    void aServerErrorIsUnavailable() {
        answers.put("q=broken", new Answer(500, "text/plain", "Internal Server Error"));
        assertThrows(Geocoder.Unavailable.class, () -> nominatim.search("broken", 5));
    }

    @Test
    void garbageIsUnavailable() {
        answers.put("q=garbage", new Answer(200, "application/json", "<html>not json"));
        answers.put("q=object", new Answer(200, "application/json", "{\"error\": \"Unable to geocode\"}"));
        assertThrows(Geocoder.Unavailable.class, () -> nominatim.search("garbage", 5));
        assertThrows(Geocoder.Unavailable.class, () -> nominatim.search("object", 5));
    }

    @Test
    void aServerThatIsGoneIsUnavailable() {
        server.stop(0);
        assertThrows(Geocoder.Unavailable.class, () -> nominatim.search("anything", 5));
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String query = URLDecoder.decode(uri.getRawQuery() == null ? "" : uri.getRawQuery(), StandardCharsets.UTF_8);
        seen.add(new HttpExchangeSeen(uri.getPath(), query, exchange.getRequestHeaders().getFirst("User-Agent")));
        Answer answer = answers.entrySet().stream().filter(e -> query.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(new Answer(404, "text/plain", "no answer prepared for " + query));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
