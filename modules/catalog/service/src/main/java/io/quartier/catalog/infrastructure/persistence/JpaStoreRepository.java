package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public List<Store> all() {
        return em.createQuery("SELECT s FROM Store s JOIN FETCH s.merchant ORDER BY s.id", Store.class)
                .getResultList();
    }

    @Override
    public List<Store> inCountry(String country) {
        return em.createQuery("SELECT s FROM Store s JOIN FETCH s.merchant WHERE s.country = :c ORDER BY s.id",
                        Store.class)
                .setParameter("c", country)
                .getResultList();
    }

    @Override
    public List<Store> ofMerchant(long merchantId) {
        return em.createQuery("SELECT s FROM Store s JOIN FETCH s.merchant m WHERE m.id = :m ORDER BY s.id",
                        Store.class)
                .setParameter("m", merchantId)
                .getResultList();
    }

    @Override
    public Optional<Store> byId(long id) {
        return Optional.ofNullable(em.find(Store.class, id));
    }
}
