package io.quartier.shop.view.account;

import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.NewPassword;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page the reset mail links to: a new password for the link's token, which ends every login of the account. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    IdentityApi identity;

    private String token;
    private String password;
    private boolean done;

    public void save() {
        done = ServiceCall.run(() -> identity.resetPassword(new NewPassword(token, password)));
        password = null;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
