package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.stock.ReservationStatus;
import io.quartier.catalog.domain.model.stock.StockReservation;
import io.quartier.catalog.domain.model.stock.StockReservationRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stock reservations in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaStockReservationRepository extends JpaRepository<StockReservation> implements StockReservationRepository {

    @Override
    public Optional<StockReservation> byReference(String reference) {
        return find(StockReservation.class, reference);
    }

    @Override
    public Optional<StockReservation> byReferenceForUpdate(String reference) {
        return findForUpdate(StockReservation.class, reference);
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
}
