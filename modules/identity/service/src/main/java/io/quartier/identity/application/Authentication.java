package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.Set;
import java.util.UUID;

/** Checks credentials against the stored PBKDF2 hash and starts a login ({@link Sessions}). */
@ApplicationScoped
public class Authentication {

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginThrottle throttle;

    /** Verified against when the username is unknown, so that both failures take the same time. */
    private String unknownAccountHash;

    @PostConstruct
    void prepare() {
        unknownAccountHash = passwords.hash(UUID.randomUUID().toString().toCharArray());
    }

    @Inject
    Sessions sessions;

    /**
     * Checks a login; an account whose address is not confirmed yet is refused with 403 (told only to whoever knows
     * its password). {@code address} is the client's (null when unknown); too many failures for the account or the
     * address answer 429 with the time to wait, without checking the password. A password hashed with an older work
     * factor is hashed again.
     */
    @Transactional
    public TokenView issueToken(Credentials credentials, String address) {
        Optional<Duration> wait = throttle.wait(credentials.username(), address);
        if (wait.isPresent()) {
            LOG.warning(() -> "login of " + credentials.username() + " from " + address + " refused: too many failures, "
                    + wait.get().toSeconds() + " s to wait");
            throw new ProblemException(429, "problem.tooManyLogins", "too many failed logins; try again later")
                    .retryAfter(wait.get());
        }
        Account account = accounts.byUsername(credentials.username()).orElse(null);
        boolean matches = passwords.verify(credentials.password().toCharArray(),
                account == null ? unknownAccountHash : account.getPasswordHash());
        if (account == null || !matches) {
            throttle.failed(credentials.username(), address);
            LOG.info(() -> "failed login of " + credentials.username() + " from " + address);
            throw new ProblemException(401, "problem.badCredentials", "username or password does not match");
        }
        throttle.succeeded(credentials.username());
        if (!account.isVerified()) {
            throw new ProblemException(403, "problem.accountNotVerified",
                    "the account's e-mail address is not confirmed yet: follow the link mailed at sign-up");
        }
        if (passwords.isOutdated(account.getPasswordHash())) {
            account.changePasswordHash(passwords.hash(credentials.password().toCharArray()));
        }
        return sessions.start(account);
    }

    public static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), Set.of(a.getRole()),
                a.getMerchantId(), a.getLocale(), a.getDeliveryAddress());
    }
}
