package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.stock.ReservationStatus;
import io.quartier.catalog.domain.model.stock.StockReservation;
import io.quartier.catalog.domain.model.stock.StockReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stock reservations in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaStockReservationRepository implements StockReservationRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public Optional<StockReservation> byReference(String reference) {
        return Optional.ofNullable(em.find(StockReservation.class, reference));
    }

    @Override
    public Optional<StockReservation> byReferenceForUpdate(String reference) {
        return Optional.ofNullable(em.find(StockReservation.class, reference, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<String> heldBefore(Instant before, int limit) {
        return em.createQuery("SELECT r.reference FROM StockReservation r"
                        + " WHERE r.status = :held AND r.createdAt < :before", String.class)
                .setParameter("held", ReservationStatus.HELD)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(StockReservation reservation) {
        em.persist(reservation);
    }
}
