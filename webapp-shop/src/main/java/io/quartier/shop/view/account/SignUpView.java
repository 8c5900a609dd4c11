package io.quartier.shop.view.account;

import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.NewCustomer;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The sign-up form. Whatever identity decides (a new account, or a taken address or username), the page says the
 * same: a mail is on its way to the address, which tells the rest.
 */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    IdentityApi identity;

    @Inject
    LocaleSelection localeSelection;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private String language;
    private String deliveryAddress;
    private boolean sent;

    @PostConstruct
    void init() {
        language = localeSelection.getLanguage();
    }

    public void signUp() {
        sent = ServiceCall.run(() -> identity.signUp(new NewCustomer(username, password, displayName, email, language,
                deliveryAddress == null || deliveryAddress.isBlank() ? null : deliveryAddress.strip())).close());
        password = null;
    }

    public List<LocaleSelection.Language> getLanguages() {
        return localeSelection.getLanguages();
    }

    public boolean isSent() {
        return sent;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }
}
