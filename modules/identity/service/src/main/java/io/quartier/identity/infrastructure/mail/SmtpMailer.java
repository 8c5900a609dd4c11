package io.quartier.identity.infrastructure.mail;

import io.quartier.identity.application.Mailer.Mail;
import io.quartier.identity.application.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server of {@code identity.mail.smtp.*} with Jakarta Mail (Payara's implementation):
 * a local server on port 25 by default, with a login and STARTTLS when configured.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    @Inject
    @ConfigProperty(name = "identity.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "identity.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "identity.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "identity.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "identity.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "identity.mail.from", defaultValue = "Quartier <no-reply@quartier.localhost>")
    String from;

    private Session session;

    @PostConstruct
    void connect() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        session = Session.getInstance(p);
    }

    @Override
    public void send(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        if (user.isPresent()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
