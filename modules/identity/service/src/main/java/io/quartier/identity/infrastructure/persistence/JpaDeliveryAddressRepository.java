package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.address.DeliveryAddress;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Delivery addresses in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaDeliveryAddressRepository extends JpaRepository<DeliveryAddress> implements DeliveryAddressRepository {

    @Override
    public List<DeliveryAddress> ofAccount(long accountId) {
        return em.createQuery("SELECT a FROM DeliveryAddress a WHERE a.accountId = :a ORDER BY a.id", DeliveryAddress.class)
                .setParameter("a", accountId)
                .getResultList();
    }
}
