package io.quartier.identity.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One refresh token of a login, known by its hash only. A family is one login: each refresh replaces its token
 * with a new one of the same family, which expires when the family does (a login lasts at most the refresh
 * lifetime, however often it is refreshed).
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 36)
    private String family;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, String family, long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.family = family;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether this token may be exchanged now: neither replaced, revoked nor expired. */
    public boolean isUsable(Instant now) {
        return replacedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** A token presented again after it was replaced: someone else holds a copy. */
    public boolean wasReplaced() {
        return replacedAt != null;
    }

    public void replace(Instant now) {
        replacedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getFamily() {
        return family;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
