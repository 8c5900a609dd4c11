package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.sale.Sale;
import io.quartier.payment.domain.model.sale.SaleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Captured sales in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaSaleRepository extends JpaRepository<Sale> implements SaleRepository {

    @Override
    public Optional<Sale> ofOrder(String orderReference) {
        return em.createQuery("SELECT s FROM Sale s WHERE s.orderReference = :o", Sale.class)
                .setParameter("o", orderReference).getResultStream().findFirst();
    }
}
