package io.quartier.identity.domain.model.mail;

import java.time.Instant;
import java.util.Optional;

/** The mail outbox (port; {@code JpaOutgoingMailRepository} is the adapter). */
public interface OutgoingMailRepository {

    void add(OutgoingMail mail);

    /** The oldest unsent mail due by {@code now}, locked until the transaction ends so that one instance sends it. */
    Optional<OutgoingMail> lockNextDue(Instant now);

    /** Removes the mails already sent to the address (its account was deleted); unsent ones still go. */
    void forgetSentTo(String recipient);
}
