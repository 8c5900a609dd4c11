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
import java.util.function.Consumer;

/**
 * The pages a mailed link opens, which act on the link's token as they open: the sign-up mail's confirms the new
 * account's address; the mail to a changed address makes the change take effect, logged in or not.
 */
@Named
@ViewScoped
public class MailedLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    IdentityApi identity;

    private String token;
    private boolean done;

    public void verify() {
        use(identity::verify);
    }

    public void confirmEmailChange() {
        use(identity::confirmEmailChange);
    }

    private void use(Consumer<TokenRequest> link) {
        if (token == null || token.isBlank()) {
            Messages.error("problem.badToken");
            return;
        }
        done = ServiceCall.run(() -> link.accept(new TokenRequest(token)));
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
