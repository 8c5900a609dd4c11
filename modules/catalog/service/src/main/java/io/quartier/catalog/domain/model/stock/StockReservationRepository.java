package io.quartier.catalog.domain.model.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The catalog's stock reservations, by reference (port; {@code JpaStockReservationRepository} is the adapter). */
public interface StockReservationRepository {

    Optional<StockReservation> byReference(String reference);

    /** The reservation, locked until the transaction ends, so that concurrent releases run one after the other. */
    Optional<StockReservation> byReferenceForUpdate(String reference);

    /** References of reservations still HELD that were made before {@code before}; at most {@code limit}. */
    List<String> heldBefore(Instant before, int limit);

    void add(StockReservation reservation);
}
