package io.quartier.payment.domain.model.sale;

import java.util.Optional;

/** Captured sales, in payment's own schema (port; {@code JpaSaleRepository} is the adapter). */
public interface SaleRepository {

    void add(Sale sale);

    /** The order's captured sale: an order is captured once (its other holds are voided). */
    Optional<Sale> ofOrder(String orderReference);
}
