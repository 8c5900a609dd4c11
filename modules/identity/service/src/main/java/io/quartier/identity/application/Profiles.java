package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.PasswordChange;
import io.quartier.identity.api.ProfileChange;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The owner changes their profile (name, language) and their password. */
@ApplicationScoped
public class Profiles {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    PasswordHashing passwords;

    @Inject
    Sessions sessions;

    @Transactional
    public AccountView change(long accountId, ProfileChange change) {
        Account account = Accounts.live(accounts.lockById(accountId), accountId);
        account.changeProfile(change.displayName().strip(), change.locale());
        return Authentication.view(account);
    }

    /**
     * Sets the new password once the current one is confirmed, and ends every other login of the account: the one
     * named {@code currentLogin} (the caller's) goes on. A wrong password changes nothing, its failure counted
     * ({@link PasswordConfirmation}).
     */
    @Transactional
    public void changePassword(long accountId, String currentLogin, PasswordChange change) {
        Account account = confirmation.confirm(accountId, change.currentPassword());
        account.changePasswordHash(passwords.hash(change.newPassword().toCharArray()));
        sessions.endAllBut(accountId, currentLogin);
    }
}
