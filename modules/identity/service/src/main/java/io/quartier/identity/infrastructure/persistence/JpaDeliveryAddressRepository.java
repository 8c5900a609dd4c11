package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.address.DeliveryAddress;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Delivery addresses in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaDeliveryAddressRepository implements DeliveryAddressRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public List<DeliveryAddress> ofAccount(long accountId) {
        return em.createQuery("SELECT a FROM DeliveryAddress a WHERE a.accountId = :a ORDER BY a.id", DeliveryAddress.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public void add(DeliveryAddress address) {
        em.persist(address);
        em.flush();
    }

    @Override
    public void remove(DeliveryAddress address) {
        em.remove(address);
    }
}
