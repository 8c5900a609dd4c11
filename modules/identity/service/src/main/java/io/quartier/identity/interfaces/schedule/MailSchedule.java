package io.quartier.identity.interfaces.schedule;

import io.quartier.identity.application.MailOutbox;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every few seconds, sends the outbox's due mails, each in a transaction of its own (see {@link MailOutbox}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each mail has its own transaction, none across calls
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
    private static final int MOST_PER_ROUND = 100;

    @Inject
    MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void send() {
        try {
            int sent = 0;
            while (sent < MOST_PER_ROUND && outbox.sendNext()) {
                sent++;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending the outbox's mails failed; tried again in a few seconds", e);
        }
    }
}
