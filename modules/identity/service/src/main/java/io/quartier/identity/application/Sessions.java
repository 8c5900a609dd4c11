package io.quartier.identity.application;

import io.quartier.identity.api.TokenView;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.session.RefreshToken;
import io.quartier.identity.domain.model.session.RefreshTokenRepository;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's login: a short-lived access token (a JWT every service checks on its own) and a refresh token that
 * identity alone checks, so that a login can be ended (logout) and a stolen refresh token stops working. Each
 * refresh replaces the refresh token; presenting a replaced one again ends the whole login, since two parties
 * hold it.
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

    /** The claim of an access token that names its login (the refresh tokens' family). */
    public static final String LOGIN_CLAIM = "sid";

    @Inject
    TokenSigner signer;

    @Inject
    AccountRepository accounts;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    @ConfigProperty(name = "identity.jwt.lifetime", defaultValue = "PT15M")
    Duration accessLifetime;

    @Inject
    @ConfigProperty(name = "identity.refresh.lifetime", defaultValue = "PT12H")
    Duration refreshLifetime;

    /** A new login for an account whose credentials were checked. Runs in the caller's transaction. */
    @Transactional
    public TokenView start(Account account) {
        Instant now = Instant.now();
        return issue(account, UUID.randomUUID().toString(), now, now.plus(refreshLifetime));
    }

    /** New tokens for a refresh token that is still usable; 401 problem otherwise. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenView refresh(String presented) {
        Instant now = Instant.now();
        RefreshToken token = refreshTokens.lockByHash(Secrets.hash(presented)).orElseThrow(Sessions::refused);
        if (token.wasReplaced()) {
            LOG.warning(() -> "a replaced refresh token of account " + token.getAccountId()
                    + " was presented again: its login is ended");
            endFamily(token.getFamily(), now);
        }
        if (!token.isUsable(now)) {
            throw refused();
        }
        Account account = accounts.byId(token.getAccountId()).orElseThrow(Sessions::refused);
        token.replace(now);
        return issue(account, token.getFamily(), now, token.getExpiresAt());
    }

    /** Ends the login the refresh token belongs to (logout); unknown tokens change nothing. */
    @Transactional
    public void end(String presented) {
        refreshTokens.lockByHash(Secrets.hash(presented)).ifPresent(token -> endFamily(token.getFamily(), Instant.now()));
    }

    /** Ends every login of an account (its password was reset). Runs in the caller's transaction. */
    @Transactional
    public void endAll(long accountId) {
        endAllBut(accountId, null);
    }

    /**
     * Ends every login of an account but the one named {@code keep} (the {@value #LOGIN_CLAIM} claim of its access
     * tokens): its owner changed the password there. Runs in the caller's transaction.
     */
    @Transactional
    public void endAllBut(long accountId, String keep) {
        Instant now = Instant.now();
        refreshTokens.ofAccount(accountId).stream().filter(t -> !t.getFamily().equals(keep)).forEach(t -> t.revoke(now));
    }

    private TokenView issue(Account account, String family, Instant now, Instant loginEnds) {
        Instant accessExpires = now.plus(accessLifetime).isBefore(loginEnds) ? now.plus(accessLifetime) : loginEnds;
        Map<String, Object> claims = new HashMap<>();
        claims.put(Roles.ACCOUNT_CLAIM, account.getId());
        claims.put(Roles.MERCHANT_CLAIM, account.getMerchantId());
        claims.put("name", account.getDisplayName());
        claims.put("locale", account.getLocale());
        claims.put(LOGIN_CLAIM, family);
        String access = signer.sign(String.valueOf(account.getId()), account.getUsername(), Set.of(account.getRole()),
                claims, accessExpires);
        String refresh = Secrets.next();
        refreshTokens.add(new RefreshToken(Secrets.hash(refresh), family, account.getId(), now, loginEnds));
        return new TokenView(access, accessExpires, refresh, loginEnds, account.getId(), account.getUsername(),
                account.getDisplayName(), Set.of(account.getRole()), account.getMerchantId(), account.getLocale());
    }

    private void endFamily(String family, Instant now) {
        refreshTokens.family(family).forEach(t -> t.revoke(now));
    }

    private static ProblemException refused() {
        return new ProblemException(401, "problem.badRefreshToken", "the refresh token is unknown, used, ended or expired");
    }
}
