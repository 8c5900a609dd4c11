package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.infrastructure.persistence.AccountRepository;
import io.quartier.identity.infrastructure.security.TokenSigner;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks credentials against the stored PBKDF2 hash and issues a token. */
@ApplicationScoped
public class Authentication {

    /** Verified against when the username is unknown, so both failures take the same time. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:2048:Mbr2TB0vYc6hM0GJ38PYJ8vhFN/GU9HNqGsi2q6sppA=:/xOlXCjM2gLSQcM9uAtubd/v8c7Vuj3OuKc6pK3EWF0=";

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    TokenSigner signer;

    @Inject
    @ConfigProperty(name = "identity.jwt.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    public TokenView issueToken(Credentials credentials) {
        Account account = accounts.byUsername(credentials.username()).orElse(null);
        boolean matches = passwordHash.verify(credentials.password().toCharArray(),
                account == null ? DUMMY_HASH : account.getPasswordHash());
        if (account == null || !matches) {
            throw new ProblemException(401, "problem.badCredentials", "username or password does not match");
        }
        Instant expiresAt = Instant.now().plus(lifetime);
        Map<String, Object> claims = new HashMap<>();
        claims.put(Roles.ACCOUNT_CLAIM, account.getId());
        claims.put(Roles.MERCHANT_CLAIM, account.getMerchantId());
        claims.put("name", account.getDisplayName());
        claims.put("locale", account.getLocale());
        String token = signer.sign(String.valueOf(account.getId()), account.getUsername(), Set.of(account.getRole()),
                claims, expiresAt);
        return new TokenView(token, expiresAt, account.getId(), account.getUsername(), account.getDisplayName(),
                Set.of(account.getRole()), account.getMerchantId(), account.getLocale());
    }

    public static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), Set.of(a.getRole()),
                a.getMerchantId(), a.getLocale(), a.getDeliveryAddress());
    }
}
