package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** Single-use secrets sent by mail: 256 random bits, of which only the SHA-256 hash is stored. */
@ApplicationScoped
public class MailedTokens {


    @Inject
    AccountTokenRepository tokens;

    Clock clock = Clock.systemUTC();

    /** A new token for the account, valid for {@code lifetime}; the caller mails it. In the caller's transaction. */
    public String issue(Purpose purpose, long accountId, Duration lifetime) {
        String token = Secrets.next();
        tokens.add(new AccountToken(Secrets.hash(token), purpose, accountId, clock.instant().plus(lifetime)));
        return token;
    }

    /** A new token confirming {@code newEmail} as the account's address, valid for {@code lifetime}. */
    public String issueEmailChange(long accountId, String newEmail, Duration lifetime) {
        String token = Secrets.next();
        tokens.add(AccountToken.emailChange(Secrets.hash(token), accountId, newEmail, clock.instant().plus(lifetime)));
        return token;
    }

    /** Uses up the token and names its account; 400 {@code problem.badToken} when it is unknown, used or expired. */
    public long use(Purpose purpose, String token) {
        return take(purpose, token).getAccountId();
    }

    /** Uses up the token; 400 {@code problem.badToken} when it is unknown, used, expired or of another purpose. */
    public AccountToken take(Purpose purpose, String token) {
        return tokens.lockByHash(Secrets.hash(token))
                .filter(t -> t.use(purpose, clock.instant()))
                .orElseThrow(() -> new ProblemException(400, "problem.badToken",
                        "the link is unknown, already used or expired"));
    }
}
