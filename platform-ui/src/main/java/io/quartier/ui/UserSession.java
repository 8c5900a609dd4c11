package io.quartier.ui;

import io.quartier.identity.api.TokenView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in to this webapp, and the identity token its REST calls carry. Filled at login. The access token
 * lives a few minutes: {@link #bearer()} renews it with the refresh token shortly before it expires.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Renewed this long before it expires, so that a call started with it still finds it valid. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    @Inject
    TokenRenewal renewal;

    Clock clock = Clock.systemUTC();

    private String token;
    private Instant expiresAt;
    private String refreshToken;
    private Long accountId;
    private String username;
    private String displayName;
    private Set<String> roles = Set.of();
    private Long merchantId;

    /** Called by the identity store when a login succeeds. */
    public synchronized void signIn(TokenView issued) {
        take(issued);
        accountId = issued.accountId();
        username = issued.username();
        displayName = issued.displayName();
        roles = issued.roles() == null ? Set.of() : Set.copyOf(issued.roles());
        merchantId = issued.merchantId();
    }

    /**
     * The value of the {@code Authorization} header for calls made on this user's behalf, renewed first when it is
     * about to expire. Synchronized: two requests of one session must not both spend the refresh token (identity
     * would take the second use for a stolen copy and end the login). When identity refuses the renewal, the old
     * token is returned and the call it is for answers 401, which the page shows as an expired session.
     */
    public synchronized String bearer() {
        if (refreshToken != null && expiresAt != null && !clock.instant().isBefore(expiresAt.minus(RENEW_BEFORE))) {
            renewal.renew(refreshToken).ifPresentOrElse(this::take, () -> refreshToken = null);
        }
        return "Bearer " + token;
    }

    /** Ends the login at identity too, so its refresh token can no longer be used. */
    public synchronized void signOut() {
        if (refreshToken != null) {
            renewal.end(refreshToken);
        }
        token = null;
        refreshToken = null;
        expiresAt = null;
    }

    public boolean isSignedIn() {
        return token != null;
    }

    /** The account: the customer, courier or staff member. */
    public Long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<String> getRoles() {
        return roles;
    }

    /**
     * Whether this login holds {@code role}: what pages and menus ask instead of the request's {@code isUserInRole},
     * which Payara 6 sometimes answers wrongly under load (see {@link io.quartier.ui.security.PageGuard}).
     */
    public boolean hasRole(String role) {
        return isSignedIn() && roles.contains(role);
    }

    /** The merchant a MERCHANT account works for; null for every other role. */
    public Long getMerchantId() {
        return merchantId;
    }

    private void take(TokenView issued) {
        token = issued.token();
        expiresAt = issued.expiresAt();
        refreshToken = issued.refreshToken();
    }
}
