package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/** Single-use secrets sent by mail: 256 random bits, of which only the SHA-256 hash is stored. */
@ApplicationScoped
public class MailedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountTokenRepository tokens;

    Clock clock = Clock.systemUTC();

    /** A new token for the account, valid for {@code lifetime}; the caller mails it. In the caller's transaction. */
    public String issue(Purpose purpose, long accountId, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.add(new AccountToken(hash(token), purpose, accountId, clock.instant().plus(lifetime)));
        return token;
    }

    /** Uses up the token and names its account; 400 {@code problem.badToken} when it is unknown, used or expired. */
    public long use(Purpose purpose, String token) {
        return tokens.lockByHash(hash(token))
                .filter(t -> t.use(purpose, clock.instant()))
                .map(AccountToken::getAccountId)
                .orElseThrow(() -> new ProblemException(400, "problem.badToken",
                        "the link is unknown, already used or expired"));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
