package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Payment methods in payment's own schema, through JPA. */
@ApplicationScoped
public class JpaPaymentMethodRepository extends JpaRepository<PaymentMethod> implements PaymentMethodRepository {

    /** The customer's methods, the preferred one first. */
    @Override
    public List<PaymentMethod> ofCustomer(long customerId) {
        return em.createQuery("SELECT m FROM PaymentMethod m WHERE m.customerId = :c"
                        + " ORDER BY m.preferred DESC, m.id", PaymentMethod.class)
                .setParameter("c", customerId)
                .getResultList();
    }

    /** The method, only when it belongs to the customer: someone else's is as good as unknown. */
    @Override
    public Optional<PaymentMethod> owned(long customerId, long methodId) {
        return find(PaymentMethod.class, methodId).filter(m -> m.belongsTo(customerId));
    }
}
