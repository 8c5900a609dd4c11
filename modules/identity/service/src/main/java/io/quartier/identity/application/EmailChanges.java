package io.quartier.identity.application;

import io.quartier.identity.api.EmailChange;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * A new e-mail address takes effect only once its reader follows the link mailed to it (valid 24 hours, once); the old
 * address is then told. Asking answers the same whether the new address is free or has an account (whose owner is told
 * by mail instead), so that nobody learns through it which addresses have accounts.
 */
@ApplicationScoped
public class EmailChanges {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    MailedTokens tokens;

    @Inject
    MailTexts texts;

    @Inject
    MailOutbox outbox;

    /** Mails the link to the new address, once the current password is confirmed. */
    @Transactional
    public void request(long accountId, EmailChange change) {
        Account account = confirmation.confirm(accountId, change.currentPassword());
        String email = change.email().strip();
        Optional<Account> owner = accounts.byEmail(email);
        if (owner.isEmpty()) {
            String token = tokens.issueEmailChange(accountId, email, LINK_LIFETIME);
            outbox.queue(texts.emailChange(email, account.getLocale(), account.getDisplayName(), token));
        } else if (!owner.get().getId().equals(account.getId())) {
            Account other = owner.get();
            outbox.queue(texts.emailChangeTaken(other.getEmail(), other.getLocale(), other.getDisplayName()));
        }
    }

    /**
     * Makes the change of the token take effect and tells the old address; 400 {@code problem.badToken} when the token
     * cannot be used, 409 {@code problem.emailTaken} when another account took the address meanwhile.
     */
    @Transactional
    public void confirm(String token) {
        AccountToken change = tokens.take(Purpose.EMAIL_CHANGE, token);
        Account account = accounts.lockById(change.getAccountId()).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new ProblemException(400, "problem.badToken", "the link's account was deleted"));
        accounts.lockNames(account.getUsername(), change.getNewEmail());
        if (accounts.byEmail(change.getNewEmail()).filter(a -> !a.getId().equals(account.getId())).isPresent()) {
            throw ProblemException.conflict("problem.emailTaken", "another account uses this address now");
        }
        String old = account.getEmail();
        account.changeEmail(change.getNewEmail());
        outbox.queue(texts.emailChanged(old, account.getLocale(), account.getDisplayName(), change.getNewEmail()));
    }
}
