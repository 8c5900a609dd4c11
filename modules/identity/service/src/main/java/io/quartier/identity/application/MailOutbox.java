package io.quartier.identity.application;

import io.quartier.identity.application.Mailer.Mail;
import io.quartier.identity.domain.model.mail.OutgoingMail;
import io.quartier.identity.domain.model.mail.OutgoingMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails go out only after the transaction that decided them commits, and are not lost while the mail server is
 * down: {@link #queue} writes them in the caller's transaction, {@link #sendNext} (called by the schedule) hands
 * them to the {@link Mailer} one at a time and tries a refused one again later. A mail whose "sent" mark fails to
 * commit is sent twice rather than never.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    OutgoingMailRepository outbox;

    @Inject
    Mailer mailer;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Mail mail) {
        outbox.add(new OutgoingMail(mail.recipient(), mail.subject(), mail.body(), clock.instant()));
    }

    /** Sends the oldest due mail; false when there was none or the server refused it (enough for this round). */
    @Transactional
    public boolean sendNext() {
        OutgoingMail next = outbox.lockNextDue(clock.instant()).orElse(null);
        if (next == null) {
            return false;
        }
        try {
            mailer.send(new Mail(next.getRecipient(), next.getSubject(), next.getBody()));
            next.sent(clock.instant());
            return true;
        } catch (Exception e) {
            next.failed(clock.instant());
            LOG.log(Level.WARNING, e, () -> "mail " + next.getId() + " not taken by the mail server (attempt "
                    + next.getAttempts() + "), next try at " + next.getNextAttemptAt());
            return false;
        }
    }
}
