package io.quartier.shop.view.account;

import io.quartier.identity.api.AccountApi;
import io.quartier.identity.api.AccountDeletion;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * Deleting the account: the customer re-enters the password and confirms; identity erases their personal data, and
 * the shop logs them out and shows the public page that says so.
 */
@Named
@ViewScoped
public class DeleteAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    AccountApi account;

    @Inject
    UserSession userSession;

    private String password;

    public void delete() throws ServletException, IOException {
        String given = password;
        password = null;
        if (ServiceCall.run(() -> account.delete(userSession.bearer(), new AccountDeletion(given)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            userSession.signOut();
            ((HttpServletRequest) external.getRequest()).logout();
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/account-deleted.xhtml");
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
