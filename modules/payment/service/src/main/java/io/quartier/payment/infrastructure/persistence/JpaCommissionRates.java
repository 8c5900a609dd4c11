package io.quartier.payment.infrastructure.persistence;

import io.quartier.payment.domain.model.sale.CommissionRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A merchant's own rate from {@code payment_commission_rate}, else {@code payment.commission.default-basis-points}. */
@ApplicationScoped
public class JpaCommissionRates implements CommissionRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "payment.commission.default-basis-points", defaultValue = "1500")
    int defaultBasisPoints;

    @Override
    public int basisPoints(long merchantId) {
        List<?> own = em.createNativeQuery("SELECT basis_points FROM payment_commission_rate WHERE merchant_id = ?1")
                .setParameter(1, merchantId).getResultList();
        return own.isEmpty() ? defaultBasisPoints : ((Number) own.get(0)).intValue();
    }
}
