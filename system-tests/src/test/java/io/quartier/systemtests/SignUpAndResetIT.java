package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Api.Response;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Mailbox;
import io.quartier.systemtests.support.Mailbox.Mail;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.Race;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up and password reset by mail, with the mail read back from a real SMTP server: a new account logs in once
 * its address is confirmed; neither sign-up nor reset tells whether an address has an account; a reset link works
 * once and ends every login.
 */
@ExtendWith(Platform.class)
class SignUpAndResetIT {

    private static final Duration QUIET = Duration.ofSeconds(8);

    private final Mailbox mailbox = Platform.mailbox();

    @Test
    void aNewCustomerConfirmsItsAddressByMailThenLogsIn() throws InterruptedException {
        String name = unique("sign");
        Response signedUp = signUp(name, name + "@example.org", "fr");
        assertEquals(201, signedUp.status(), signedUp::toString);

        Response early = login(name, "first-password-1");
        assertEquals(403, early.status(), early::toString);
        assertEquals("problem.accountNotVerified", early.object().getString("code"));

        Mail mail = mailbox.waitFor(name + "@example.org", 1);
        assertEquals("Confirmez votre compte Quartier", mail.subject(), "in the language chosen at sign-up");
        assertTrue(mail.body().contains(Platform.baseUrl() + "/shop/verify.xhtml?token="), mail.body());
        assertEquals(204, verify(mail.token()).status());
        assertEquals(200, login(name, "first-password-1").status(), "confirmed: logs in");

        Response again = verify(mail.token());
        assertEquals(400, again.status(), "the link works once");
        assertEquals("problem.badToken", again.object().getString("code"));
    }

    @Test
    void signingUpWithATakenAddressAnswersTheSameAndTellsItsOwner() throws InterruptedException {
        String owner = unique("owner");
        signUp(owner, owner + "@example.org", "de");
        verify(mailbox.waitFor(owner + "@example.org", 1).token());
        String fresh = unique("fresh");

        Response taken = signUp(unique("other"), owner.toUpperCase() + "@example.org", "en");
        Response created = signUp(fresh, fresh + "@example.org", "en");

        assertEquals(created.status(), taken.status());
        assertEquals(created.object().keySet(), taken.object().keySet(), "the same shape: " + taken + " / " + created);
        assertEquals(created.header("Location"), taken.header("Location"));
        Mail told = mailbox.waitFor(owner + "@example.org", 2);
        assertEquals("Jemand wollte sich mit Ihrer Adresse registrieren", told.subject(), "in the owner's language");
        assertEquals(200, login(owner, "first-password-1").status(), "the owner's account is untouched");
    }

    @Test
    void tenSignUpsWithOneNameAtOnceMakeOneAccountAndNoServerError() throws Exception {
        String name = unique("race");
        List<Response> answers = Race.run(10, i -> signUp(name, name + "@example.org", "en"));
        assertTrue(answers.stream().allMatch(r -> r.status() == 201), answers::toString);
        mailbox.waitFor(name + "@example.org", 1);
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, mailbox.to(name + "@example.org").stream()
                .filter(m -> m.body().contains("/shop/verify.xhtml?token=")).count(), "one account, one confirmation link");
    }

    @Test
    void aResetForAnUnknownAddressAnswersTheSameAndSendsNothing() throws InterruptedException {
        String nobody = unique("nobody") + "@example.org";
        Response unknown = requestReset(nobody);
        Response known = requestReset("support@example.org");

        assertEquals(202, unknown.status(), unknown::toString);
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());
        mailbox.assertNoMoreThan(nobody, 0, QUIET);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEveryLogin() throws InterruptedException {
        String name = Customers.signUpAndConfirm("reset", "first-password-1", "es");
        String address = name + "@example.org";
        String refresh = login(name, "first-password-1").object().getString("refreshToken");

        assertEquals(202, requestReset(address).status());
        Mail mail = mailbox.waitFor(address, 2);
        assertEquals("Elige una nueva contraseña de Quartier", mail.subject());
        assertEquals(204, newPassword(mail.token(), "second-password-2").status());

        assertEquals(401, login(name, "first-password-1").status(), "the old password is gone");
        assertEquals(200, login(name, "second-password-2").status());
        Response refreshed = post("/identity/api/tokens/refresh", null, null,
                "{\"refreshToken\": \"%s\"}".formatted(refresh));
        assertEquals(401, refreshed.status(), "logins from before the reset are ended: " + refreshed);
        Response again = newPassword(mail.token(), "third-password-3");
        assertEquals(400, again.status(), again::toString);
        assertEquals("problem.badToken", again.object().getString("code"));
        assertEquals(200, login(name, "second-password-2").status());
    }

    @Test
    void oneResetLinkUsedFiveTimesAtOnceSetsOnePassword() throws Exception {
        String name = Customers.signUpAndConfirm("twice", "first-password-1", "en");
        String address = name + "@example.org";
        assertEquals(202, requestReset(address).status());
        String token = mailbox.waitFor(address, 2).token();

        List<Response> answers = Race.run(5, i -> newPassword(token, "raced-password-" + i));
        assertEquals(1, answers.stream().filter(r -> r.status() == 204).count(), answers::toString);
        assertEquals(4, answers.stream().filter(r -> r.status() == 400).count(), answers::toString);
        int winner = answers.indexOf(answers.stream().filter(r -> r.status() == 204).findFirst().orElseThrow());
        assertEquals(200, login(name, "raced-password-" + winner).status(), "the one that was answered 204 holds");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response signUp(String username, String email, String locale) {
        return post("/identity/api/accounts", null, null, """
                {"username": "%s", "password": "first-password-1", "displayName": "Test %s",
                 "email": "%s", "locale": "%s"}""".formatted(username, username, email, locale));
    }

    private static Response verify(String token) {
        return post("/identity/api/accounts/verifications", null, null, "{\"token\": \"%s\"}".formatted(token));
    }

    private static Response requestReset(String email) {
        return post("/identity/api/password-resets", null, null, "{\"email\": \"%s\"}".formatted(email));
    }

    private static Response newPassword(String token, String password) {
        return post("/identity/api/password-resets/new-password", null, null,
                "{\"token\": \"%s\", \"password\": \"%s\"}".formatted(token, password));
    }

    private static Response login(String username, String password) {
        return Api.postWithHeaders("/identity/api/tokens", Map.of("X-Forwarded-For", "198.51.100.77"),
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
    }
}
