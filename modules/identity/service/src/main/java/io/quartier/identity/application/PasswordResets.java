package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * A forgotten password: a single-use link by mail, valid for an hour, to choose a new one. Asking answers the same
 * whether the address has an account or not (only an owner gets a mail); the new password ends every login.
 */
@ApplicationScoped
public class PasswordResets {

    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    MailedTokens tokens;

    @Inject
    MailTexts texts;

    @Inject
    MailOutbox outbox;

    @Inject
    Sessions sessions;

    @Transactional
    public void request(String email) {
        accounts.byEmail(email).ifPresent(a -> {
            String token = tokens.issue(Purpose.RESET, a.getId(), RESET_LIFETIME);
            outbox.queue(texts.passwordReset(a.getEmail(), a.getLocale(), a.getDisplayName(), token));
        });
    }

    /**
     * Sets the new password of the token's account, which also proves its address, and ends all its logins;
     * 400 {@code problem.badToken} when the token cannot be used.
     */
    @Transactional
    public void complete(String token, String newPassword) {
        Account account = accounts.byId(tokens.use(Purpose.RESET, token)).orElseThrow();
        account.changePasswordHash(passwords.hash(newPassword.toCharArray()));
        account.verify();
        sessions.endAll(account.getId());
    }
}
