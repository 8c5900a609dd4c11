package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mobile app follows an order as server-sent events: the order now, each change as it happens, the end of the
 * stream when the order's life is over; nobody follows an order they may not see.
 */
@ExtendWith(Platform.class)
class OrderStreamIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theCustomerAndTheMerchantSeeEachStepAsItHappensAndTheStreamEndsWithTheOrder() throws Exception {
        String alice = token("alice");
        long id = Orders.place(alice, Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        Stream customer = Stream.open(id, alice);
        Stream merchant = Stream.open(id, token("marcel"));
        assertEquals(200, customer.status);
        assertEquals("PLACED", customer.next().getString("status"), "the order as it is now");
        assertEquals("PLACED", merchant.next().getString("status"));

        assertEquals(200, post("/ordering/api/orders/" + id + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 12}").status());
        JsonObject accepted = customer.next();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(12, accepted.getInt("preparationMinutes"));
        assertEquals("ACCEPTED", merchant.next().getString("status"));

        assertEquals(200, post("/ordering/api/orders/" + id + "/preparing", token("marcel"), null, null).status());
        assertEquals("IN_PREPARATION", customer.next().getString("status"));
        assertEquals("IN_PREPARATION", merchant.next().getString("status"));
        customer.close();
        merchant.close();
    }

    @Test
    void aStreamOfAFinishedOrderGivesItOnceAndEnds() throws Exception {
        String alice = token("alice");
        long id = Orders.place(alice, Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        Stream live = Stream.open(id, alice);
        assertEquals("PLACED", live.next().getString("status"));
        assertEquals(200, post("/ordering/api/orders/" + id + "/cancel", alice, null, null).status());
        assertEquals("CANCELLED", live.next().getString("status"));
        assertTrue(live.ended(), "the stream ends with the order's life");

        Stream after = Stream.open(id, alice);
        assertEquals("CANCELLED", after.next().getString("status"));
        assertTrue(after.ended());
    }

    @Test
    void noOneFollowsAnOrderTheyMayNotSee() throws Exception {
        long id = Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        assertEquals(404, Stream.open(id, token("ben")).status, "another customer");
        assertEquals(404, Stream.open(id, token("camden")).status, "another merchant");
        assertEquals(401, Stream.open(id, null).status);
        assertEquals(404, Stream.open(999_999_999L, token("alice")).status);

        String support = token("support"); // staff follow any order; no other test opens a stream as support
        List<Stream> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(Stream.open(id, support));
            assertEquals(200, open.get(i).status);
        }
        Stream sixth = Stream.open(id, support);
        assertEquals(429, sixth.status, "five streams per account");
        assertEquals("problem.order.tooManyStreams", Json.createReader(new StringReader(sixth.body)).readObject().getString("code"));
        for (Stream stream : open) {
            stream.close();
        }
        assertEquals(200, get("/ordering/api/orders/" + id, token("alice")).status());
    }

    /** An open event stream, read line by line on a thread of its own. */
    private static final class Stream {

        final int status;
        String body = "";
        private final InputStream in;
        private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        private static final Object END = new Object();

        private Stream(HttpResponse<InputStream> response) throws Exception {
            this.status = response.statusCode();
            this.in = response.body();
            if (status != 200) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return;
            }
            Thread reader = new Thread(this::read, "order-stream");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(long orderId, String token) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.baseUrl() + "/ordering/api/orders/"
                    + orderId + "/events")).header("Accept", "text/event-stream");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return new Stream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String event = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && "order".equals(event)) {
                        events.add(Json.createReader(new StringReader(line.substring(5).trim())).readObject());
                    }
                }
            } catch (java.io.IOException closed) {
                events.add(closed);
            }
            events.add(END);
        }

        /** The next order event, waiting up to 20 seconds. */
        JsonObject next() throws InterruptedException {
            Object event = events.poll(20, TimeUnit.SECONDS);
            if (!(event instanceof JsonObject order)) {
                throw new AssertionError("no order event but " + event);
            }
            return order;
        }

        boolean ended() throws InterruptedException {
            return events.poll(20, TimeUnit.SECONDS) == END;
        }

        void close() throws Exception {
            in.close();
        }
    }
}
