package io.quartier.shop.view.account;

import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.TokenRequest;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page the mail to a new address links to: the change of address takes effect, logged in or not. */
@Named
@ViewScoped
public class ConfirmEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    IdentityApi identity;

    private String token;
    private boolean done;

    public void confirm() {
        if (token == null || token.isBlank()) {
            Messages.error("problem.badToken");
            return;
        }
        done = ServiceCall.run(() -> identity.confirmEmailChange(new TokenRequest(token)));
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
