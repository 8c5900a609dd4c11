package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.api.SignUpReceipt;
import io.quartier.identity.api.event.AccountCreated;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.mail.OutgoingMail;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Outbox mails = new Fakes.Outbox();
    private final Fakes.MovableClock clock = new Fakes.MovableClock();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Registration registration = new Registration();

    RegistrationTest() {
        registration.accounts = accounts;
        registration.events = events::add;
        registration.passwords = Fakes.passwords();
        registration.tokens = Fakes.mailedTokens(new Fakes.Tokens(), clock);
        registration.texts = Fakes.texts();
        registration.outbox = Fakes.outbox(mails, clock);
    }

    @Test
    void aNewCustomerGetsAnUnverifiedAccountAnnouncedAndAMailInItsLanguage() {
        SignUpReceipt answer = registration.registerCustomer(customer("alice", "alice@example.org", "fr"));

        assertEquals(new SignUpReceipt("alice", "alice@example.org"), answer);
        Account created = accounts.byUsername("alice").orElseThrow();
        assertEquals("hashed:correct horse", created.getPasswordHash());
        assertFalse(created.isVerified());
        assertEquals(List.of(new AccountCreated(created.getId(), "alice", "CUSTOMER")), events);
        OutgoingMail mail = mails.mails.get(0);
        assertEquals("alice@example.org", mail.getRecipient());
        assertEquals("Confirmez votre compte Quartier", mail.getSubject());
        assertTrue(mail.getBody().contains("https://quartier.test/shop/verify.xhtml?token="), mail.getBody());
    }

    @Test
    void theMailedLinkVerifiesTheAccountOnce() {
        registration.registerCustomer(customer("alice", "alice@example.org", null));
        String token = Fakes.token(mails.mails.get(0));

        registration.verify(token);

        assertTrue(accounts.byUsername("alice").orElseThrow().isVerified());
        ProblemException again = assertThrows(ProblemException.class, () -> registration.verify(token));
        assertEquals(400, again.status());
        assertEquals("problem.badToken", again.code());
        assertEquals("problem.badToken", assertThrows(ProblemException.class,
                () -> registration.verify("made-up")).code());
    }

    @Test
    void theLinkExpiresAfterADay() {
        registration.registerCustomer(customer("alice", "alice@example.org", "en"));
        clock.now = clock.now.plus(Duration.ofHours(24));

        assertThrows(ProblemException.class, () -> registration.verify(Fakes.token(mails.mails.get(0))));
        assertFalse(accounts.byUsername("alice").orElseThrow().isVerified());
    }

    @Test
    void aTakenAddressAnswersAsASignUpAndTellsItsOwnerOnly() {
        registration.registerCustomer(customer("alice", "alice@example.org", "de"));
        events.clear();
        mails.mails.clear();

        SignUpReceipt answer = registration.registerCustomer(customer("mallory", "Alice@Example.org", "en"));

        assertEquals(new SignUpReceipt("mallory", "Alice@Example.org"), answer, "the same answer as a sign-up");
        assertTrue(accounts.byUsername("mallory").isEmpty());
        assertTrue(events.isEmpty());
        assertEquals(1, mails.mails.size());
        assertEquals("alice@example.org", mails.mails.get(0).getRecipient());
        assertEquals("Jemand wollte sich mit Ihrer Adresse registrieren", mails.mails.get(0).getSubject(),
                "in the owner's language");
    }

    @Test
    void aTakenUsernameAnswersAsASignUpAndTellsTheApplicantByMail() {
        registration.registerCustomer(customer("alice", "alice@example.org", "en"));
        events.clear();
        mails.mails.clear();

        SignUpReceipt answer = registration.registerCustomer(customer("alice", "other@example.org", "es"));

        assertEquals(new SignUpReceipt("alice", "other@example.org"), answer);
        assertEquals(1, accounts.byId.size());
        assertTrue(events.isEmpty());
        assertEquals("other@example.org", mails.mails.get(0).getRecipient());
        assertEquals("Tu cuenta de Quartier no se ha creado", mails.mails.get(0).getSubject());
        assertTrue(mails.mails.get(0).getBody().contains("«alice»"), mails.mails.get(0).getBody());
    }

    private static NewCustomer customer(String username, String email, String locale) {
        return new NewCustomer(username, "correct horse", "Alice", email, locale, "2 rue Y");
    }
}
