package io.quartier.shop.view.account;

import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.PasswordResetRequest;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Asks for a password reset link; says the same whether the address has an account or not. */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    IdentityApi identity;

    private String email;
    private boolean sent;

    public void send() {
        sent = ServiceCall.run(() -> identity.requestPasswordReset(new PasswordResetRequest(email)).close());
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
