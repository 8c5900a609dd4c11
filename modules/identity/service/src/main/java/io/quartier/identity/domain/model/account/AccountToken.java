package io.quartier.identity.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use token mailed to an account's owner, known by its hash only: it proves the owner reads the address
 * (verification, or a new address it carries) or lets them choose a new password (reset) until it is used or expires.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** What a token lets its holder do. */
    public enum Purpose { VERIFY, RESET, EMAIL_CHANGE }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** The address an {@code EMAIL_CHANGE} token confirms; null for the other purposes. */
    @Column(name = "new_email", length = 200)
    private String newEmail;

    protected AccountToken() {
    }

    public AccountToken(String tokenHash, Purpose purpose, long accountId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
    }

    /** A token that confirms {@code newEmail} as the account's new address. */
    public static AccountToken emailChange(String tokenHash, long accountId, String newEmail, Instant expiresAt) {
        AccountToken token = new AccountToken(tokenHash, Purpose.EMAIL_CHANGE, accountId, expiresAt);
        token.newEmail = newEmail;
        return token;
    }

    /** Marks the token used if it is of this purpose, unused and unexpired; false otherwise. */
    public boolean use(Purpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
