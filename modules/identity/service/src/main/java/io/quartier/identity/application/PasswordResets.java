package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A forgotten password: a single-use link by mail, valid for an hour, to choose a new one. Asking answers the same
 * whether the address has an account or not (only an owner gets a mail), and mails one account at most once per
 * {@code identity.reset.mail-interval} (a minute), so that nobody floods an inbox through it (counted in this
 * instance's memory, like {@link LoginThrottle}). The new password ends every login.
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

    @Inject
    @ConfigProperty(name = "identity.reset.mail-interval", defaultValue = "PT1M")
    Duration mailInterval;

    Clock clock = Clock.systemUTC();

    private final Map<Long, Instant> lastMailed = new ConcurrentHashMap<>();

    @Transactional
    public void request(String email) {
        Instant now = clock.instant();
        if (lastMailed.size() > 100_000) {
            lastMailed.values().removeIf(at -> at.plus(mailInterval).isBefore(now));
        }
        accounts.byEmail(email).filter(a -> mayMail(a.getId(), now)).ifPresent(a -> {
            String token = tokens.issue(Purpose.RESET, a.getId(), RESET_LIFETIME);
            outbox.queue(texts.passwordReset(a.getEmail(), a.getLocale(), a.getDisplayName(), token));
        });
    }

    private boolean mayMail(long accountId, Instant now) {
        Instant before = lastMailed.get(accountId);
        if (before != null && now.isBefore(before.plus(mailInterval))) {
            return false;
        }
        lastMailed.put(accountId, now);
        return true;
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
