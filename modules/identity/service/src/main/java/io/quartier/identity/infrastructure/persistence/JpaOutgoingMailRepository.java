package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.mail.OutgoingMail;
import io.quartier.identity.domain.model.mail.OutgoingMailRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The mail outbox in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaOutgoingMailRepository extends JpaRepository<OutgoingMail> implements OutgoingMailRepository {

    @Override
    public Optional<OutgoingMail> lockNextDue(Instant now) {
        return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.id", OutgoingMail.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void forgetSentTo(String recipient) {
        em.createQuery("DELETE FROM OutgoingMail m WHERE LOWER(m.recipient) = :r AND m.sentAt IS NOT NULL")
                .setParameter("r", recipient.toLowerCase(Locale.ROOT))
                .executeUpdate();
    }
}
