package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Download;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins are throttled per account and per address, with a 429 that says when to try again; a new account's
 * password is hashed with today's work factor; every page of the web shells carries the browser-side defences.
 */
@ExtendWith(Platform.class)
class AccountsAndSessionsIT {

    @Test
    void guessingAPasswordLocksTheAccountForAWhileEvenForTheRightPassword() throws InterruptedException {
        String username = "guess" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post("/identity/api/accounts", null, null, """
                {"username": "%s", "password": "right-password-1", "displayName": "Guess Test",
                 "email": "%s@example.org"}""".formatted(username, username));
        assertEquals(201, created.status(), created::toString);
        String verification = Platform.mailbox().waitFor(username + "@example.org", 1).token();
        post("/identity/api/accounts/verifications", null, null, "{\"token\": \"%s\"}".formatted(verification));
        assertEquals(200, login(username, "right-password-1", "198.51.100.10").status(), "the new account logs in");

        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(username, "wrong-" + i, "198.51.100.11").status());
        }
        Response locked = login(username, "right-password-1", "198.51.100.12");
        assertEquals(429, locked.status(), locked::toString);
        assertEquals("problem.tooManyLogins", locked.object().getString("code"));
        assertEquals(200, login("ben", Api.PASSWORD, "198.51.100.11").status(), "other accounts log in");
    }

    @Test
    void anAddressTryingManyAccountsIsBlockedWithRetryAfter() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));
        int allowed = Integer.parseInt(Platform.ADDRESS_FAILURES);
        for (int i = 0; i < allowed; i++) {
            assertEquals(401, login("nobody-" + UUID.randomUUID(), "x", address).status());
        }
        Response refused = loginRaw("alice", Api.PASSWORD, address);
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0, refused::toString);
        assertEquals(200, login("alice", Api.PASSWORD, "203.0.113.250").status(), "other addresses are not blocked");
    }

    @Test
    void everyPageOfTheWebShellsCarriesTheSecurityHeaders() {
        for (String page : new String[] {"/shop/", "/shop/login.xhtml", "/backoffice/login.xhtml"}) {
            Download d = Api.download(page, null, Map.of());
            assertTrue(d.status() < 400, page + " " + d);
            String csp = d.header("Content-Security-Policy");
            assertNotNull(csp, page + " has a Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
            assertEquals("nosniff", d.header("X-Content-Type-Options"), page);
            assertNotNull(d.header("Referrer-Policy"), page);
            String cookie = d.header("Set-Cookie");
            if (cookie != null) {
                assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
            }
        }
    }

    private static Response login(String username, String password, String forwardedFor) {
        return loginRaw(username, password, forwardedFor);
    }

    /** A login as a web shell makes it for a person at {@code forwardedFor}. */
    private static Response loginRaw(String username, String password, String forwardedFor) {
        return Api.postWithHeaders("/identity/api/tokens", Map.of("X-Forwarded-For", forwardedFor),
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
    }
}
