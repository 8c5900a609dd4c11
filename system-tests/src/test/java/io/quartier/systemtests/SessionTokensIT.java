package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.get;
import static io.quartier.systemtests.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access tokens live 15 minutes and are meant for the platform alone (audience {@code quartier}); a refresh token
 * renews them once, ends with its login at logout, and a copy presented after it was used ends the login. The broker
 * takes connections from the platform's own account only.
 */
@ExtendWith(Platform.class)
class SessionTokensIT {

    @Test
    void accessTokensAreShortLivedAndMeantForThePlatform() {
        JsonObject login = login("ben");
        JsonObject claims = claims(login.getString("token"));
        assertEquals("quartier", claims.getString("aud"));
        long lifetime = claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue();
        assertTrue(lifetime <= 15 * 60, "an access token lives at most 15 minutes, not " + lifetime + " s");
        assertTrue(Instant.parse(login.getString("refreshExpiresAt")).isAfter(Instant.now().plusSeconds(3600)),
                "the login lasts longer than its first access token");
    }

    @Test
    void aRefreshGivesNewTokensOnceAndAReplayedTokenEndsTheLogin() {
        String first = login("ben").getString("refreshToken");
        Response renewed = refresh(first);
        assertEquals(200, renewed.status(), renewed::toString);
        String access = renewed.object().getString("token");
        String second = renewed.object().getString("refreshToken");
        assertNotEquals(first, second);
        assertEquals(200, get("/identity/api/accounts/me", access).status(), "the renewed access token works");

        Response replayed = refresh(first);
        assertEquals(401, replayed.status(), replayed::toString);
        assertEquals("problem.badRefreshToken", replayed.object().getString("code"));
        assertEquals(401, refresh(second).status(), "a replayed token ends its whole login, the newer token too");
    }

    @Test
    void loggingOutEndsTheLogin() {
        String refreshToken = login("ben").getString("refreshToken");
        Response revoked = post("/identity/api/tokens/revoke", null, null, body(refreshToken));
        assertEquals(204, revoked.status(), revoked::toString);
        assertEquals(401, refresh(refreshToken).status());
    }

    @Test
    void oneRefreshTokenIsSpentOnceWhenPresentedTenTimesAtOnce() throws Exception {
        String refreshToken = login("ben").getString("refreshToken");
        List<Integer> statuses = Race.run(10, i -> refresh(refreshToken).status());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(9, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
    }

    @Test
    void badRefreshRequestsAreRefusedWithoutAServerError() {
        assertEquals(400, post("/identity/api/tokens/refresh", null, null, "{}").status());
        assertEquals(413, post("/identity/api/tokens/refresh", null, null, body("x".repeat(1_000_000))).status(),
                "a JSON body over 256 KB is not even read");
        assertEquals(401, refresh("not-a-token").status());
    }

    @Test
    void tokensSignedWithThePlatformKeyForAnotherAudienceOrExpiredAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String meant = forge("quartier", now + 300);
        assertEquals(200, get("/identity/api/accounts/me", meant).status(), "a well-formed token is taken");
        assertEquals(200, get("/ordering/api/orders", meant).status());

        String elsewhere = forge("partner-portal", now + 300);
        assertEquals(401, get("/identity/api/accounts/me", elsewhere).status());
        assertEquals(401, get("/ordering/api/orders", elsewhere).status());
        Response expired = get("/ordering/api/orders", forge("quartier", now - 120));
        assertEquals(401, expired.status(), "expired");
        for (Response refused : List.of(expired, get("/delivery/api/dispatch/jobs", "not.a.token"),
                get("/identity/api/accounts/me", elsewhere))) {
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
            assertEquals("problem.badBearerToken", refused.object().getString("code"), "a client knows to refresh");
            assertEquals("Bearer error=\"invalid_token\"", refused.header("WWW-Authenticate"));
        }
    }

    @Test
    void theBrokerRefusesConnectionsWithoutThePlatformAccount() {
        try (ActiveMQConnectionFactory anonymous = new ActiveMQConnectionFactory(Platform.brokerUrl());
             ActiveMQConnectionFactory guessing = new ActiveMQConnectionFactory(Platform.brokerUrl(), "quartier", "guess")) {
            assertThrows(JMSRuntimeException.class, () -> anonymous.createContext().close());
            assertThrows(JMSRuntimeException.class, () -> guessing.createContext().close());
        }
        try (ActiveMQConnectionFactory platform = Platform.broker(); JMSContext jms = platform.createContext()) {
            jms.createProducer();
        }
    }

    private static JsonObject login(String username) {
        Response r = post("/identity/api/tokens", null, null,
                Json.createObjectBuilder().add("username", username).add("password", Api.PASSWORD).build().toString());
        assertEquals(200, r.status(), r::toString);
        return r.object();
    }

    private static Response refresh(String refreshToken) {
        return post("/identity/api/tokens/refresh", null, null, body(refreshToken));
    }

    private static String body(String refreshToken) {
        return Json.createObjectBuilder().add("refreshToken", refreshToken).build().toString();
    }

    private static JsonObject claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    /** A token for ben (account 2) signed with identity's own key from the data folder, as only identity could. */
    private static String forge(String audience, long expires) throws Exception {
        String pem = Files.readString(Platform.dataDir().resolve("keys/jwt-private.pem"));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        long now = Instant.now().getEpochSecond();
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", "quartier").build().toString();
        String payload = Json.createObjectBuilder().add("iss", "quartier").add("aud", audience).add("sub", "2")
                .add("upn", "ben").add("groups", Json.createArrayBuilder().add("CUSTOMER")).add("accountId", 2)
                .add("iat", now - 600).add("exp", expires).add("jti", "forged-" + now + audience).build().toString();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }
}
