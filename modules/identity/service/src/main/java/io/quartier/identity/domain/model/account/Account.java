package io.quartier.identity.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who logs in: a customer, merchant staff, a courier, platform staff or a partner. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(nullable = false, length = 5)
    private String locale;

    @Column(name = "delivery_address", length = 300)
    private String deliveryAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether the owner proved they read the e-mail address; an account that is not cannot log in. */
    @Column(nullable = false)
    private boolean verified;

    /** When the owner deleted the account ({@link #erase}); null while it lives. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, String email, String role,
                   Long merchantId, String locale, String deliveryAddress) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.merchantId = merchantId;
        this.locale = locale;
        this.deliveryAddress = deliveryAddress;
        this.createdAt = Instant.now();
        this.verified = true;
    }

    /** A new customer's account, unusable until the owner follows the mailed link ({@link #verify}). */
    public static Account unverified(String username, String passwordHash, String displayName, String email,
                                     String role, String locale, String deliveryAddress) {
        Account account = new Account(username, passwordHash, displayName, email, role, null, locale, deliveryAddress);
        account.verified = false;
        return account;
    }

    public boolean isVerified() {
        return verified;
    }

    public void verify() {
        verified = true;
    }

    /** The owner's name as shown and the language of their pages and mails. */
    public void changeProfile(String displayName, String locale) {
        this.displayName = displayName;
        this.locale = locale;
    }

    /** A new address, which its owner proved to read by following the link mailed to it. */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
        this.verified = true;
    }

    /**
     * Erases the owner's personal data at their request: the username becomes a tombstone that no one can log in
     * with (the account is unverified and its password a random one's hash); the row stays so that ids others keep
     * (an order's customer) name no one else.
     */
    public void erase(String unusablePasswordHash, Instant now) {
        username = "deleted-" + id;
        passwordHash = unusablePasswordHash;
        displayName = "";
        email = "deleted-" + id + "@invalid";
        deliveryAddress = null;
        verified = false;
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** The same password hashed again with today's work factor, or a new one chosen through a reset. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getLocale() {
        return locale;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }
}
