package io.quartier.ui;

import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.RefreshRequest;
import io.quartier.identity.api.TokenView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.logging.Logger;

/** Renews a login's access token with its refresh token, and ends the login at logout. */
@ApplicationScoped
public class TokenRenewal {

    private static final Logger LOG = Logger.getLogger(TokenRenewal.class.getName());

    @Inject
    @Service
    IdentityApi identity;

    /**
     * New tokens, or empty when identity refuses the refresh token (the login ended or expired). A failure to reach
     * identity is thrown, as any other call's would be.
     */
    public Optional<TokenView> renew(String refreshToken) {
        try {
            return Optional.of(identity.refresh(new RefreshRequest(refreshToken)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 401) {
                LOG.info("identity refused a refresh token: the login has ended");
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Ends the login at identity. Logging out goes on when identity cannot be told; the token then expires. */
    public void end(String refreshToken) {
        try {
            identity.revoke(new RefreshRequest(refreshToken));
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warning(() -> "could not end a login at identity (its refresh token expires on its own): " + e);
        }
    }
}
