package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordResetsTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Outbox mails = new Fakes.Outbox();
    private final Fakes.MovableClock clock = new Fakes.MovableClock();
    private final List<Long> loginsEnded = new ArrayList<>();
    private final PasswordResets resets = new PasswordResets();
    private final Account alice = Account.unverified("alice", "hashed:old password", "Alice", "alice@example.org",
            Roles.CUSTOMER, "ar", null);

    PasswordResetsTest() {
        resets.accounts = accounts;
        resets.passwords = Fakes.passwords();
        resets.tokens = Fakes.mailedTokens(new Fakes.Tokens(), clock);
        resets.texts = Fakes.texts();
        resets.outbox = Fakes.outbox(mails, clock);
        resets.mailInterval = Duration.ofMinutes(1);
        resets.clock = clock;
        resets.sessions = new Sessions() {
            @Override
            public void endAll(long accountId) {
                loginsEnded.add(accountId);
            }
        };
        accounts.add(alice);
    }

    @Test
    void anUnknownAddressGetsNoMailAndTheSameAnswer() {
        resets.request("nobody@example.org");

        assertTrue(mails.mails.isEmpty());
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsEveryLogin() {
        resets.request("ALICE@example.org");
        assertEquals(1, mails.mails.size());
        assertEquals("alice@example.org", mails.mails.get(0).getRecipient());
        assertEquals("اختر كلمة مرور جديدة لـ Quartier", mails.mails.get(0).getSubject(), "in the owner's language");
        String token = Fakes.token(mails.mails.get(0));
        assertTrue(mails.mails.get(0).getBody().contains("https://quartier.test/shop/reset-password.xhtml?token="));

        resets.complete(token, "new password");

        assertEquals("hashed:new password", alice.getPasswordHash());
        assertTrue(alice.isVerified(), "the mail proved the address");
        assertEquals(List.of(alice.getId()), loginsEnded);
        ProblemException again = assertThrows(ProblemException.class, () -> resets.complete(token, "third password"));
        assertEquals("problem.badToken", again.code());
        assertEquals("hashed:new password", alice.getPasswordHash());
    }

    @Test
    void anAccountGetsAtMostOneResetMailAMinute() {
        resets.request("alice@example.org");
        resets.request("alice@example.org");
        assertEquals(1, mails.mails.size(), "the second answer is the same, without a mail");

        clock.now = clock.now.plusSeconds(61);
        resets.request("alice@example.org");
        assertEquals(2, mails.mails.size());
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        resets.request("alice@example.org");
        clock.now = clock.now.plus(Duration.ofMinutes(61));

        assertThrows(ProblemException.class, () -> resets.complete(Fakes.token(mails.mails.get(0)), "new password"));
        assertEquals("hashed:old password", alice.getPasswordHash());
        assertTrue(loginsEnded.isEmpty());
    }
}
