package io.quartier.shop.view.account;

import io.quartier.identity.api.AccountApi;
import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.EmailChange;
import io.quartier.identity.api.PasswordChange;
import io.quartier.identity.api.ProfileChange;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's profile: name and language (the shop switches to it on saving), a new e-mail address (confirmed by
 * the link mailed to it) and a new password (which ends their other logins), both with the current password.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    AccountApi account;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private String username;
    private String email;
    private String displayName;
    private String language;
    private String newEmail;
    private String emailPassword;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        ServiceCall.run(() -> show(account.me(userSession.bearer())));
    }

    /** Saves name and language, and shows the shop in that language. */
    public String save() {
        String chosen = language;
        if (!ServiceCall.run(() -> show(account.changeProfile(userSession.bearer(), new ProfileChange(displayName, chosen))))) {
            return null;
        }
        Messages.info("shop.profile.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return localeSelection.choose(chosen);
    }

    public void changeEmail() {
        String address = newEmail;
        if (ServiceCall.run(() -> account.requestEmailChange(userSession.bearer(), new EmailChange(address, emailPassword))
                .close())) {
            Messages.info("shop.profile.emailLinkSent", address);
            newEmail = null;
        }
        emailPassword = null;
    }

    public void changePassword() {
        if (ServiceCall.run(() -> account.changePassword(userSession.bearer(), new PasswordChange(currentPassword, newPassword)))) {
            Messages.info("shop.profile.passwordChanged");
        }
        currentPassword = null;
        newPassword = null;
    }

    private void show(AccountView view) {
        username = view.username();
        email = view.email();
        displayName = view.displayName();
        language = view.locale();
    }

    public List<LocaleSelection.Language> getLanguages() {
        return localeSelection.getLanguages();
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
