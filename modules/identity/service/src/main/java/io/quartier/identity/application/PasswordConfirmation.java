package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * What a logged-in owner re-enters before a change that a stolen session must not make (a new password or address,
 * the account's deletion): their password. Failures lock these confirmations as failed logins lock logins
 * ({@link LoginThrottle}, counted apart: a session guessing does not lock its owner out of logging in), so that a
 * session cannot be used to guess the password either.
 */
@ApplicationScoped
public class PasswordConfirmation {

    /** The throttle's name for an account's confirmations: no username has a colon. */
    static final String COUNTED_AS = "confirm:";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginThrottle throttle;

    /**
     * The account, locked for the change, once {@code password} is its password: 404 when it is gone, 429 while its
     * logins are locked, 403 {@code problem.wrongPassword} otherwise. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account confirm(long accountId, String password) {
        Account account = Accounts.live(accounts.lockById(accountId), accountId);
        String counted = COUNTED_AS + account.getUsername();
        Optional<Duration> wait = throttle.wait(counted, null);
        if (wait.isPresent()) {
            throw new ProblemException(429, "problem.tooManyLogins", "too many wrong passwords; try again later")
                    .retryAfter(wait.get());
        }
        if (!passwords.verify(password.toCharArray(), account.getPasswordHash())) {
            throttle.failed(counted, null);
            throw new ProblemException(403, "problem.wrongPassword", "the current password does not match");
        }
        throttle.succeeded(counted);
        return account;
    }
}
