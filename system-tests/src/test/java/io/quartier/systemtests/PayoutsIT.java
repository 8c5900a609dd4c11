package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.getAs;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payouts pay merchants and couriers what the ledger owes them, once: a delivered order's merchant and courier are
 * paid what their accounts said, a second run of the same days pays nothing, two runs at once pay once, the books
 * still hold; a payee reads only its own statements, and only admins run payouts.
 */
@ExtendWith(Platform.class)
class PayoutsIT {

    private static final String RUNS = "/payment/api/payouts/runs";

    @Test
    void aDeliveredOrderIsPaidToItsMerchantAndCourierOnceWhateverTheRuns() throws Exception {
        String admin = token("admin");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long merchant = merchantOf("marcel");
        long courier = Long.parseLong(claims("carlos").getString("sub"));
        Orders.capturedWithTip("alice", 150);
        // A payee's balance is minus what the lines not paid yet owe it (a payout debits exactly what it pays).
        long merchantOwed = -balance("MERCHANT_PAYABLE", merchant);
        long courierOwed = -balance("COURIER_PAYABLE", courier) - balance("TIPS", courier);
        int merchantPayouts = payouts("marcel").size();

        Response run = post(RUNS, admin, null, period(today.minusDays(365), today));
        Response again = post(RUNS, admin, null, period(today.minusDays(365), today));

        assertEquals(200, run.status(), run::toString);
        assertEquals("FINISHED", run.object().getString("status"));
        // Other tests of the suite may have left marcel owing more than it is owed (refunds it was at fault for).
        if (merchantOwed > 0) {
            assertEquals(merchantOwed, payouts("marcel").get(0).getJsonNumber("amountMinor").longValue());
            assertEquals(merchantPayouts + 1, payouts("marcel").size());
        } else {
            assertEquals(merchantPayouts, payouts("marcel").size(), "a merchant owing money is not paid");
        }
        assertTrue(courierOwed >= 150, () -> "carlos is owed his tip at least: " + courierOwed);
        assertEquals(courierOwed, payouts("carlos").get(0).getJsonNumber("amountMinor").longValue());
        assertEquals(0, balance("COURIER_PAYABLE", courier) + balance("TIPS", courier), "the courier is owed nothing");
        assertEquals(Math.min(0, -merchantOwed), balance("MERCHANT_PAYABLE", merchant));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.object().getInt("payees"), () -> "nothing is paid twice: " + again);
        assertEquals(merchantPayouts + (merchantOwed > 0 ? 1 : 0), payouts("marcel").size());

        Orders.capturedWithTip("alice", 200);
        int courierPayouts = payouts("carlos").size();
        List<Response> atOnce = Race.run(2, i -> post(RUNS, admin, null, period(today, today)));
        assertTrue(atOnce.stream().allMatch(r -> r.status() == 200 || r.status() == 409), atOnce::toString);
        assertTrue(atOnce.stream().filter(r -> r.status() == 409)
                .allMatch(r -> "problem.payout.runInProgress".equals(r.object().getString("code"))), atOnce::toString);
        assertEquals(courierPayouts + 1, payouts("carlos").size(), () -> "the courier is paid once: " + atOnce);
        assertEquals(0, balance("COURIER_PAYABLE", courier) + balance("TIPS", courier));
        JsonObject invariant = get("/payment/api/ledger/invariant", admin).object();
        assertTrue(invariant.getBoolean("holds"), invariant::toString);
        JsonObject log = get(RUNS, admin).array().getJsonObject(0);
        assertEquals("FINISHED", log.getString("status"), log::toString);
    }

    @Test
    void aPayeeReadsOnlyItsOwnStatementsAndOnlyAdminsRunPayouts() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Orders.capturedWithTip("alice", 100);
        assertEquals(200, post(RUNS, token("admin"), null, period(today, today)).status());
        JsonObject carlos = payouts("carlos").get(0);
        String statement = "/payment/api/payouts/" + carlos.getJsonNumber("id");

        Response csv = getAs(statement + "/statement.csv", token("carlos"), "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("payout,payee_type,payee_id,"), csv::body);
        assertTrue(csv.body().contains(",CAPTURE,") && csv.body().contains(",TIPS,"), csv::body);
        long lines = get(statement, token("carlos")).object().getJsonArray("lines").stream()
                .mapToLong(l -> l.asJsonObject().getJsonNumber("amountMinor").longValue()).sum();
        assertEquals(carlos.getJsonNumber("amountMinor").longValue(), lines, "the lines add up to the payout");
        for (String other : List.of("marcel", "camden", "dora")) {
            assertEquals(404, get(statement, token(other)).status(), other);
            assertEquals(404, getAs(statement + "/statement.csv", token(other), "text/csv").status(), other);
            assertTrue(payouts(other).stream().noneMatch(p -> p.getJsonNumber("id").equals(carlos.getJsonNumber("id"))));
        }
        assertEquals(403, get(statement, token("alice")).status());
        assertEquals(200, getAs(statement + "/statement.csv", token("admin"), "text/csv").status());
        for (String person : List.of("marcel", "carlos", "alice", "support")) {
            assertEquals(403, post(RUNS, token(person), null, period(today, today)).status(), person);
            assertEquals(403, get(RUNS, token(person)).status(), person);
        }
        assertEquals(401, post(RUNS, null, null, period(today, today)).status());
        Response future = post(RUNS, token("admin"), null, period(today, today.plusDays(1)));
        assertEquals(400, future.status(), future::toString);
        assertEquals("problem.payout.period", future.object().getString("code"));
        assertEquals(400, post(RUNS, token("admin"), null, period(today, today.minusDays(1))).status());
        assertEquals(400, post(RUNS, token("admin"), null, "{\"from\": \"yesterday\"}").status());
        assertEquals(400, post(RUNS, token("admin"), null, "{}").status());
    }

    private static String period(LocalDate from, LocalDate to) {
        return "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, to);
    }

    /** The payee's payouts, newest first. */
    private static List<JsonObject> payouts(String payee) {
        return get("/payment/api/payouts/statements", token(payee)).array().stream().map(JsonValue::asJsonObject)
                .toList();
    }

    /** The merchant a merchant's token works for. */
    private static long merchantOf(String merchant) {
        return claims(merchant).getJsonNumber("merchantId").longValue();
    }

    /** The claims of the person's token (its subject is its account id). */
    private static JsonObject claims(String person) {
        String payload = new String(Base64.getUrlDecoder().decode(token(person).split("\\.")[1]),
                StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    /** An account's balance in euros (debits minus credits: negative when the platform owes it), 0 without postings. */
    private static long balance(String account, long partyId) {
        return get("/payment/api/ledger/balances", token("admin")).array().stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("account").equals(account) && b.getJsonNumber("partyId").longValue() == partyId
                        && b.getString("currency").equals("EUR"))
                .mapToLong(b -> b.getJsonNumber("balanceMinor").longValue()).sum();
    }
}
