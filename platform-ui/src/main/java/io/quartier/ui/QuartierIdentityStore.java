package io.quartier.ui;

import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.TokenView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a login against the identity context: the token it issues is kept in {@link UserSession} for
 * later calls, and its roles become the caller's groups (mapped to the roles each WAR declares). A webapp that
 * prepares something for the person at login observes {@link SignedIn}.
 */
@ApplicationScoped
public class QuartierIdentityStore implements IdentityStore {

    /** Request attribute set when identity could not be asked, so the login page can say so. */
    public static final String UNAVAILABLE = "io.quartier.ui.identityUnavailable";
    /** Set on the request when identity refused the login because the account's address is not confirmed (403). */
    public static final String NOT_VERIFIED = "io.quartier.ui.accountNotVerified";

    /** Set on the request when identity refused the login for too many failures (429). */
    public static final String TOO_MANY = "io.quartier.ui.tooManyLogins";

    private static final Logger LOG = Logger.getLogger(QuartierIdentityStore.class.getName());

    @Inject
    @Service
    IdentityApi identity;

    @Inject
    UserSession userSession;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<SignedIn> signedIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            TokenView token = identity.issueToken(request.getRemoteAddr(),
                    new Credentials(login.getCaller(), login.getPasswordAsString()));
            userSession.signIn(token);
            signedIn.fire(new SignedIn(token));
            return new CredentialValidationResult(token.username(), token.roles());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 401) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (status == 403) {
                request.setAttribute(NOT_VERIFIED, Boolean.TRUE);
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (status == 429) {
                request.setAttribute(TOO_MANY, Boolean.TRUE);
                return CredentialValidationResult.INVALID_RESULT;
            }
            return unavailable(e);
        } catch (ProcessingException e) {
            return unavailable(e);
        }
    }

    private CredentialValidationResult unavailable(RuntimeException e) {
        LOG.log(Level.WARNING, "identity did not answer a login; is it deployed and reachable?", e);
        request.setAttribute(UNAVAILABLE, Boolean.TRUE);
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
}
