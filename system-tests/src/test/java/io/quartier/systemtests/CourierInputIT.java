package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.put;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Couriers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Refusals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The courier endpoints refuse what no courier app or admin page sends (nulls, wrong types, huge and overflowing
 * numbers, unknown names, 1 MB bodies) with a problem (400, 404 or 413, never a 5xx) and change nothing: a courier's
 * profile and availability stay as they were, a handover code that is not four digits is a typing slip that does not
 * use up one of the five tries, and only staff assign a job, to a courier who exists.
 */
@ExtendWith(Platform.class)
class CourierInputIT {

    private static final String ME = "/delivery/api/couriers/me";
    private static final String HUGE = "4611686018427387904";
    private static final String OVERFLOW = "92233720368547758070";
    private static final String MEGABYTE = "x".repeat(1_048_576);
    private static final List<String> SHAPELESS = List.of("null", "[]", "\"text\"", "12", "{", "{\"a\": \"" + MEGABYTE + "\"}");

    @Test
    void aCourierProfileOrAvailabilityNoAppSendsChangesNothing() {
        String dora = token("dora");
        String before = get(ME, dora).object().toString();
        for (String body : concat(SHAPELESS, List.of("{}", "{\"vehicle\": null, \"homeZone\": \"Paris 9e\"}",
                "{\"vehicle\": \"ROCKET\", \"homeZone\": \"Paris 9e\"}", "{\"vehicle\": 7, \"homeZone\": \"Paris 9e\"}",
                "{\"vehicle\": \"BIKE\", \"homeZone\": \"" + "Z".repeat(10_000) + "\"}",
                "{\"vehicle\": \"BIKE\", \"homeZone\": [\"Paris\"]}"))) {
            Refusals.refused(put(ME + "/profile", dora, body), body);
        }
        for (String body : concat(SHAPELESS, List.of("{}", "{\"availability\": null}",
                "{\"availability\": \"ASLEEP\"}", "{\"availability\": 1}",
                "{\"availability\": \"" + "O".repeat(10_000) + "\"}"))) {
            Refusals.refused(put(ME + "/availability", dora, body), body);
        }
        for (String body : concat(SHAPELESS, List.of("{}", "{\"latitude\": null, \"longitude\": 2.33}",
                "{\"latitude\": \"north\", \"longitude\": 2.33}", "{\"latitude\": " + HUGE + ", \"longitude\": 2.33}",
                "{\"latitude\": 48.88, \"longitude\": " + OVERFLOW + "}", "{\"latitude\": 1e400, \"longitude\": 2.33}"))) {
            Refusals.refused(post(ME + "/position", dora, null, body), body);
        }
        assertEquals(before, get(ME, dora).object().toString(), "the profile, availability and position are as before");
    }

    @Test
    void aHomeZoneIsOneOfTheZonesOrOneOfItsDistricts() {
        String dora = token("dora");
        Response zones = get("/delivery/api/couriers/zones", dora);
        assertEquals(200, zones.status(), zones::toString);
        assertEquals(List.of("Paris", "London", "Casablanca"), zones.array().getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(403, get("/delivery/api/couriers/zones", token("alice")).status());
        String before = get(ME, dora).object().toString();

        Response atlantis = put(ME + "/profile", dora, "{\"vehicle\": \"BIKE\", \"homeZone\": \"Atlantis\"}");
        assertEquals(400, atlantis.status(), atlantis::toString);
        assertEquals("problem.courier.unknownZone", atlantis.object().getString("code"));
        assertEquals(3, atlantis.object().getJsonObject("errors").getJsonArray("zones").size(), "the zones to choose from");
        assertEquals(before, get(ME, dora).object().toString(), "nothing changed");
    }

    @Test
    void aHandoverCodeThatIsNotFourDigitsIsASlipNotAGuess() {
        long orderId = Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        long jobId = Orders.acceptWithJob(orderId);
        String carlos = token("carlos");
        for (String body : concat(SHAPELESS, List.of("{}", "{\"code\": null}", "{\"code\": \"\"}",
                "{\"code\": \"12a4\"}", "{\"code\": \"12345\"}", "{\"code\": \"" + "9".repeat(10_000) + "\"}",
                "{\"code\": \"1234\\u0000\"}"))) {
            Refusals.refused(post("/delivery/api/jobs/" + jobId + "/pickup", carlos, null, body), body);
        }
        for (String path : List.of("/delivery/api/jobs/" + OVERFLOW + "/pickup", "/delivery/api/jobs/-1/pickup",
                "/delivery/api/jobs/abc/delivery")) {
            Response r = post(path, carlos, null, "{\"code\": \"1234\"}");
            assertTrue(r.status() == 400 || r.status() == 404, () -> path + " -> " + r);
        }
        Response picked = Couriers.pickUp(jobId, carlos, Couriers.pickupCode(orderId, "marcel"));
        assertEquals(200, picked.status(), () -> "a dozen slips used up none of the five tries: " + picked);
    }

    @Test
    void anAssignmentToNobodyOrByAnyoneButStaffAssignsNothing() {
        long orderId = Orders.place(token("alice"), Orders.inParis(1, 101, 1, 1)).getJsonNumber("id").longValue();
        assertEquals(200, post("/ordering/api/orders/" + orderId + "/accept", token("marcel"), null,
                "{\"preparationMinutes\": 10}").status());
        long jobId = Couriers.jobOf(orderId);
        String assignment = "/delivery/api/dispatch/jobs/" + jobId + "/assignment";
        String admin = token("admin");
        for (String body : concat(SHAPELESS, List.of("{}", "{\"courierId\": null}", "{\"courierId\": -1}",
                "{\"courierId\": \"carlos\"}", "{\"courierId\": " + HUGE + "}", "{\"courierId\": " + OVERFLOW + "}",
                "{\"courierId\": 1.5}"))) {
            Response r = post(assignment, admin, null, body);
            assertTrue(r.status() == 400 || r.status() == 404 || r.status() == 413, () -> body.length() > 100
                    ? body.substring(0, 100) : body + " -> " + r);
        }
        long carlos = get(ME, token("carlos")).object().getJsonNumber("id").longValue();
        for (String other : List.of("marcel", "alice", "carlos")) {
            assertEquals(403, post(assignment, token(other), null, "{\"courierId\": " + carlos + "}").status(), other);
        }
        assertEquals(404, post("/delivery/api/dispatch/jobs/" + OVERFLOW + "/assignment", admin, null,
                "{\"courierId\": " + carlos + "}").status());
        assertEquals(404, post("/delivery/api/couriers/" + Long.MAX_VALUE + "/approval", admin, null, "{}").status());
        assertEquals(404, post("/delivery/api/couriers/" + Long.MAX_VALUE + "/suspension", admin, null, "{}").status());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
