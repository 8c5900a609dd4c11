package io.quartier.identity.application;

/** Hands a mail to the mail server (port; {@code SmtpMailer}); called by {@link MailOutbox} only, after commit. */
public interface Mailer {

    /** Throws when the server did not take the mail, so that it is tried again later. */
    void send(Mail mail) throws Exception;

    /** A plain-text mail to one person, in their language. */
    record Mail(String recipient, String subject, String body) {
    }
}
