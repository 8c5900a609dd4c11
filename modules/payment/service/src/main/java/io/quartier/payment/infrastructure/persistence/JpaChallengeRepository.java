package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.gateway.Challenge;
import io.quartier.payment.domain.model.gateway.ChallengeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sandbox's 3-D Secure challenges in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaChallengeRepository extends JpaRepository<Challenge> implements ChallengeRepository {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issue(Challenge challenge) {
        add(challenge);
    }

    @Override
    public Optional<Challenge> byIdForUpdate(String id) {
        return findForUpdate(Challenge.class, id);
    }

    @Override
    public Optional<Challenge> byId(String id) {
        return Optional.ofNullable(em.find(Challenge.class, id));
    }

    @Override
    @Transactional
    public int removeExpiredBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM Challenge c WHERE c.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** In the caller's transaction; in one of its own for a caller outside any (a top-up asks the gateway so). */
    @Override
    @Transactional
    public List<Challenge> ofAttemptForUpdate(String gatewayToken, String orderReference) {
        return em.createQuery("SELECT c FROM Challenge c WHERE c.gatewayToken = :t AND c.orderReference = :r"
                        + " ORDER BY c.createdAt DESC", Challenge.class)
                .setParameter("t", gatewayToken).setParameter("r", orderReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(20).getResultList();
    }
}
