package io.quartier.ui;

import io.quartier.identity.api.TokenView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/** Who is logged in to this webapp, and the identity token its REST calls carry. Filled at login. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    private Long accountId;
    private String username;
    private String displayName;
    private Set<String> roles = Set.of();
    private Long merchantId;

    /** Called by the identity store when a login succeeds. */
    public void signIn(TokenView issued) {
        token = issued.token();
        accountId = issued.accountId();
        username = issued.username();
        displayName = issued.displayName();
        roles = issued.roles() == null ? Set.of() : Set.copyOf(issued.roles());
        merchantId = issued.merchantId();
    }

    /** The value of the {@code Authorization} header for calls made on this user's behalf. */
    public String bearer() {
        return "Bearer " + token;
    }

    public boolean isSignedIn() {
        return token != null;
    }

    public String getToken() {
        return token;
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

    /** The merchant a MERCHANT account works for; null for every other role. */
    public Long getMerchantId() {
        return merchantId;
    }
}
