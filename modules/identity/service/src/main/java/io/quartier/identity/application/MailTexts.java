package io.quartier.identity.application;

import io.quartier.identity.application.Mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails identity writes, in the recipient's language, from the bundle {@code io.quartier.identity.mail.mails}
 * (en, fr, es, de, ar). Links point to the shop at {@code identity.mail.link-base}.
 */
@ApplicationScoped
public class MailTexts {

    static final String BUNDLE = "io.quartier.identity.mail.mails";

    @Inject
    @ConfigProperty(name = "identity.mail.link-base", defaultValue = "http://localhost:8080")
    String linkBase;

    /** The link to confirm the address of a new account. */
    public Mail verification(String to, String locale, String name, String token) {
        return mail("verify", to, locale, name, linkBase + "/shop/verify.xhtml?token=" + token);
    }

    /** To an account's owner, when someone signed up again with their address. */
    public Mail addressAlreadyUsed(String to, String locale, String name) {
        return mail("addressUsed", to, locale, name, linkBase + "/shop/forgot-password.xhtml");
    }

    /** To someone who signed up with a username another account has. */
    public Mail usernameTaken(String to, String locale, String name, String username) {
        return mail("usernameTaken", to, locale, name, username);
    }

    /** The link to choose a new password. */
    public Mail passwordReset(String to, String locale, String name, String token) {
        return mail("reset", to, locale, name, linkBase + "/shop/reset-password.xhtml?token=" + token);
    }

    /** The link, mailed to the new address, that makes a change of address take effect. */
    public Mail emailChange(String to, String locale, String name, String token) {
        return mail("emailChange", to, locale, name, linkBase + "/shop/confirm-email.xhtml?token=" + token);
    }

    /** To an account's owner, when another account asked to move to their address. */
    public Mail emailChangeTaken(String to, String locale, String name) {
        return mail("emailChangeTaken", to, locale, name, linkBase + "/shop/forgot-password.xhtml");
    }

    /** To the old address, once the new one took effect. */
    public Mail emailChanged(String to, String locale, String name, String newEmail) {
        return mail("emailChanged", to, locale, name, newEmail);
    }

    /** To the owner of an account that was just deleted. */
    public Mail accountDeleted(String to, String locale, String name) {
        return mail("accountDeleted", to, locale, name);
    }

    private Mail mail(String kind, String to, String locale, Object... args) {
        Locale language = Locale.forLanguageTag(locale == null ? "en" : locale);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language, MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Mail(to, new MessageFormat(texts.getString(kind + ".subject"), language).format(args),
                new MessageFormat(texts.getString(kind + ".body"), language).format(args));
    }
}
