package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Holds in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaAuthorizationRepository extends JpaRepository<Authorization> implements AuthorizationRepository {

    @Override
    public Optional<Authorization> byGatewayReference(String gatewayReference) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.gatewayReference = :r ORDER BY a.id",
                        Authorization.class)
                .setParameter("r", gatewayReference).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Authorization> byIdempotencyKey(long customerId, String idempotencyKey) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.customerId = :c AND a.idempotencyKey = :k",
                        Authorization.class)
                .setParameter("c", customerId)
                .setParameter("k", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** Holds still open for an order, newest first. */
    @Override
    public List<Authorization> openForOrder(String orderReference) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.orderReference = :o AND a.status = :s"
                        + " ORDER BY a.createdAt DESC, a.id DESC", Authorization.class)
                .setParameter("o", orderReference)
                .setParameter("s", AuthorizationStatus.AUTHORIZED)
                .getResultList();
    }

    /** Open holds never confirmed by their order, created before {@code before}; at most {@code limit}. */
    @Override
    public List<Authorization> unconfirmedBefore(Instant before, int limit) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.status = :s AND a.confirmedAt IS NULL"
                        + " AND a.voidDueAt IS NULL AND a.createdAt < :before ORDER BY a.createdAt", Authorization.class)
                .setParameter("s", AuthorizationStatus.AUTHORIZED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Authorization> dueForCaptureBefore(Instant before, int limit) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.status = :s AND a.voidDueAt IS NULL"
                        + " AND (a.captureDueAt < :before OR (a.takeDueAt < :before AND a.takenAt IS NULL))"
                        + " ORDER BY a.id", Authorization.class)
                .setParameter("s", AuthorizationStatus.AUTHORIZED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Authorization> dueForVoidBefore(Instant before, int limit) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.status = :s AND a.voidDueAt < :before"
                        + " ORDER BY a.voidDueAt", Authorization.class)
                .setParameter("s", AuthorizationStatus.AUTHORIZED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Authorization> partsOf(long groupAuthorizationId) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.groupAuthorizationId = :g ORDER BY a.id",
                        Authorization.class)
                .setParameter("g", groupAuthorizationId)
                .getResultList();
    }

    @Override
    public List<Authorization> attemptsBefore(Instant before, int limit) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.status = :s AND a.createdAt < :before"
                        + " ORDER BY a.createdAt", Authorization.class)
                .setParameter("s", AuthorizationStatus.AUTHORIZING)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Authorization> attemptsUnder(String attemptReference) {
        return em.createQuery("SELECT a FROM Authorization a WHERE a.attemptReference = :r AND a.status = :s"
                        + " ORDER BY a.id", Authorization.class)
                .setParameter("r", attemptReference)
                .setParameter("s", AuthorizationStatus.AUTHORIZING)
                .getResultList();
    }

    @Override
    public Optional<Authorization> byId(long id) {
        return find(Authorization.class, id);
    }

    /** The hold, locked until the transaction ends: two captures or voids of one hold run one after the other. */
    @Override
    public Optional<Authorization> byIdForUpdate(long id) {
        return findForUpdate(Authorization.class, id);
    }
}
