package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.store.Store;
import io.quartier.catalog.domain.model.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores in the catalog's own schema, through JPA. */
@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {

    /** Stores with their merchant, which every caller reads. */
    private static final String STORES = "SELECT s FROM Store s JOIN FETCH s.merchant m";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public List<Store> all() {
        return em.createQuery(STORES + " ORDER BY s.id", Store.class).getResultList();
    }

    @Override
    public List<Store> inCountry(String country) {
        return where("s.country = :value", country);
    }

    @Override
    public List<Store> ofMerchant(long merchantId) {
        return where("m.id = :value", merchantId);
    }

    private List<Store> where(String condition, Object value) {
        return em.createQuery(STORES + " WHERE " + condition + " ORDER BY s.id", Store.class)
                .setParameter("value", value)
                .getResultList();
    }

    @Override
    public Optional<Store> byId(long id) {
        return Optional.ofNullable(em.find(Store.class, id));
    }

    @Override
    public Optional<Store> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Store.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
