package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.JpaRepository;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Payment methods in payment's own schema, through JPA; a removed one is kept but never found here. */
@ApplicationScoped
public class JpaPaymentMethodRepository extends JpaRepository<PaymentMethod> implements PaymentMethodRepository {

    private static final String OF_CUSTOMER = "SELECT m FROM PaymentMethod m WHERE m.customerId = :c"
            + " AND m.removedAt IS NULL ORDER BY m.preferred DESC, m.id";

    @Override
    public List<PaymentMethod> ofCustomer(long customerId) {
        return em.createQuery(OF_CUSTOMER, PaymentMethod.class).setParameter("c", customerId).getResultList();
    }

    @Override
    public List<PaymentMethod> ofCustomerForUpdate(long customerId) {
        return em.createQuery(OF_CUSTOMER, PaymentMethod.class).setParameter("c", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<PaymentMethod> owned(long customerId, long methodId) {
        return find(PaymentMethod.class, methodId).filter(m -> m.belongsTo(customerId) && !m.isRemoved());
    }

    /**
     * Read again under the row's lock ({@code SELECT ... FOR UPDATE}), even when this transaction read it before: a
     * wallet's balance must be the one the lock protects, never one read before another payment changed it.
     */
    @Override
    public Optional<PaymentMethod> byIdForUpdate(long methodId) {
        Optional<PaymentMethod> method = find(PaymentMethod.class, methodId);
        method.ifPresent(m -> em.refresh(m, LockModeType.PESSIMISTIC_WRITE));
        return method;
    }

    @Override
    public Optional<PaymentMethod> wallet(long customerId, String currency) {
        return em.createQuery("SELECT m FROM PaymentMethod m WHERE m.customerId = :c AND m.currency = :cur"
                        + " AND m.kind = io.quartier.payment.domain.model.method.MethodKind.WALLET", PaymentMethod.class)
                .setParameter("c", customerId).setParameter("cur", currency).getResultStream().findFirst();
    }
}
