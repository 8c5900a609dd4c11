package io.quartier.ui;

import io.quartier.ui.security.LoginReturn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form and the logout button. {@code authenticate()} answers SEND_CONTINUE when it redirects to
 * the page that asked for a login itself, and may answer SUCCESS, in which case this bean redirects to the page
 * the caller was on its way to ({@code next}, see {@link LoginReturn}) or else the webapp's landing page for the
 * user's role.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserSession userSession;

    @Inject
    LandingPages landingPages;

    @Inject
    @ConfigProperty(name = "quartier.demo", defaultValue = "false")
    boolean demo;

    private String username;
    private String password;
    /** The page the caller was on its way to ({@link LoginReturn}), carried by the form. */
    private String next;

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> redirect(external, LoginReturn.of(next).orElseGet(() -> landingPages.after(userSession.getRoles())));
            default -> Messages.error(failure(request));
        }
    }

    private static String failure(HttpServletRequest request) {
        if (request.getAttribute(QuartierIdentityStore.UNAVAILABLE) != null) {
            return Problems.UNAVAILABLE;
        }
        if (request.getAttribute(QuartierIdentityStore.TOO_MANY) != null) {
            return "problem.tooManyLogins";
        }
        return request.getAttribute(QuartierIdentityStore.NOT_VERIFIED) != null ? "problem.accountNotVerified" : "login.failed";
    }

    public void logout() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        userSession.signOut();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            throw new IllegalStateException("logout failed", e);
        }
        external.invalidateSession();
        redirect(external, "/");
    }

    private static void redirect(ExternalContext external, String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the login page shows the demo accounts. */
    public boolean isDemo() {
        return demo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
