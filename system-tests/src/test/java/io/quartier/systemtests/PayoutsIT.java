package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.getAs;
import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static io.quartier.systemtests.support.Browsers.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Browsers;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        Orders.capturedWithTip("alice", 150);
        Payee marcel = Payee.now("marcel");
        Payee carlos = Payee.now("carlos");
        assertTrue(marcel.owed() != 0 && carlos.owed() != 0, "the capture is in their accounts");

        Response run = post(RUNS, admin, null, period(today.minusDays(365), today));
        Response again = post(RUNS, admin, null, period(today.minusDays(365), today));

        assertEquals(200, run.status(), run::toString);
        assertEquals("FINISHED", run.object().getString("status"));
        marcel.assertPaidWhatItWasOwed();
        carlos.assertPaidWhatItWasOwed();
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.object().getInt("payees"), () -> "nothing is paid twice: " + again);
        marcel.assertPaidWhatItWasOwed();
        carlos.assertPaidWhatItWasOwed();

        Orders.capturedWithTip("alice", 200);
        Payee carlosLater = Payee.now("carlos");
        Payee marcelLater = Payee.now("marcel");
        List<Response> atOnce = Race.run(2, i -> post(RUNS, admin, null, period(today, today)));
        assertTrue(atOnce.stream().allMatch(r -> r.status() == 200 || r.status() == 409), atOnce::toString);
        assertTrue(atOnce.stream().filter(r -> r.status() == 409)
                .allMatch(r -> "problem.payout.runInProgress".equals(r.object().getString("code"))), atOnce::toString);
        carlosLater.assertPaidWhatItWasOwed();
        marcelLater.assertPaidWhatItWasOwed();
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
        // carlos's or, should other tests have left him owing money, marcel's
        String payee = payouts("carlos").isEmpty() ? "marcel" : "carlos";
        JsonObject paid = payouts(payee).get(0);
        String statement = "/payment/api/payouts/" + paid.getJsonNumber("id");

        Response csv = getAs(statement + "/statement.csv", token(payee), "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("payout,payee_type,payee_id,"), csv::body);
        assertTrue(csv.body().contains(",CAPTURE,"), csv::body);
        long lines = get(statement, token(payee)).object().getJsonArray("lines").stream()
                .mapToLong(l -> l.asJsonObject().getJsonNumber("amountMinor").longValue()).sum();
        assertEquals(paid.getJsonNumber("amountMinor").longValue(), lines, "the lines add up to the payout");
        for (String other : List.of(payee.equals("carlos") ? "marcel" : "carlos", "camden", "dora")) {
            assertEquals(404, get(statement, token(other)).status(), other);
            assertEquals(404, getAs(statement + "/statement.csv", token(other), "text/csv").status(), other);
            assertTrue(payouts(other).stream().noneMatch(p -> p.getJsonNumber("id").equals(paid.getJsonNumber("id"))));
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

    @Test
    void aCourierReadsItsStatementAsAPdfInItsLanguageAndFindsItsPayoutsInTheApp() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Orders.capturedWithTip("alice", 300);
        Payee carlos = Payee.now("carlos");
        assertEquals(200, post(RUNS, token("admin"), null, period(today, today)).status());
        carlos.assertPaidWhatItWasOwed();
        org.junit.jupiter.api.Assumptions.assumeTrue(carlos.owed() > 0, "carlos owed money before: not paid");
        JsonObject paid = payouts("carlos").get(0);
        long id = paid.getJsonNumber("id").longValue();
        String pdf = "/payment/api/payouts/" + id + "/statement.pdf";

        Api.Download french = Api.download(pdf, token("carlos"), java.util.Map.of("Accept-Language", "fr-FR, en;q=0.5"));
        assertEquals(200, french.status(), french::toString);
        assertEquals("application/pdf", french.header("Content-Type"));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(french.body()))
                .getTextFromPage(1);
        assertTrue(text.contains("Relevé de versement " + id), text);
        assertTrue(text.contains("Gains du coursier") && text.contains("Pourboires du livreur"),
                "the job's earnings and its tip: " + text);
        assertEquals(404, Api.download(pdf, token("dora"), java.util.Map.of()).status(), "another courier's");
        assertEquals(404, Api.download(pdf, token("marcel"), java.util.Map.of()).status(), "a merchant's");
        assertEquals(200, Api.download(pdf, token("admin"), java.util.Map.of()).status());

        WebDriver browser = Browsers.open("en");
        try {
            Browsers.openAs(browser, "carlos", "/shop/courier/earnings.xhtml");
            String amount = waitFor(browser, 30).until(d -> d.findElement(Browsers.test("payout-" + id))).getText();
            assertTrue(amount.contains(java.math.BigDecimal.valueOf(paid.getJsonNumber("amountMinor").longValue(), 2)
                    .toPlainString()), amount);
            WebElement button = browser.findElement(Browsers.test("pdf-" + id));
            // the download button's own request, as the browser sends it: the file is a PDF
            String answered = Browsers.download(browser, button);
            assertTrue(answered.startsWith("200 application/pdf\n%PDF-"),
                    () -> answered.substring(0, Math.min(60, answered.length())));
        } catch (RuntimeException | AssertionError e) {
            Browsers.screenshot(browser, "courier-statements");
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static String period(LocalDate from, LocalDate to) {
        return "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, to);
    }

    /** The payee's payouts, newest first. */
    private static List<JsonObject> payouts(String payee) {
        return get("/payment/api/payouts/statements", token(payee)).array().stream().map(JsonValue::asJsonObject)
                .toList();
    }

    /**
     * A merchant or courier as the ledger sees it now: what the lines not paid yet owe it (minus its balance: a payout
     * debits exactly what it pays) and how many payouts it had.
     */
    private record Payee(String name, long owed, int payoutsBefore) {

        static Payee now(String name) {
            return new Payee(name, owedTo(name), PayoutsIT.payouts(name).size());
        }

        /** Paid once what it was owed, and owed nothing since; or, owing more than it is owed, not paid. */
        void assertPaidWhatItWasOwed() {
            List<JsonObject> after = PayoutsIT.payouts(name);
            if (owed > 0) {
                assertEquals(payoutsBefore + 1, after.size(), () -> name + " paid once: " + after);
                assertEquals(owed, after.get(0).getJsonNumber("amountMinor").longValue(), name);
                assertEquals(0, owedTo(name), name + " is owed nothing more");
            } else {
                assertEquals(payoutsBefore, after.size(), () -> name + " owes money and is not paid: " + after);
                assertEquals(owed, owedTo(name), name);
            }
        }

        private static long owedTo(String name) {
            JsonObject claims = claims(name);
            return claims.containsKey("merchantId")
                    ? -balance("MERCHANT_PAYABLE", claims.getJsonNumber("merchantId").longValue())
                    : -balance("COURIER_PAYABLE", Long.parseLong(claims.getString("sub")))
                            - balance("TIPS", Long.parseLong(claims.getString("sub")));
        }
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
