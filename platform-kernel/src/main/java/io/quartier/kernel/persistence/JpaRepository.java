package io.quartier.kernel.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every JPA repository of a module does with its aggregate: find it by key, find it locked, add it. Its
 * entity manager is the module's one persistence unit (one schema per module); a subclass writes its own queries on
 * {@link #em}.
 */
public abstract class JpaRepository<T> {

    @PersistenceContext
    protected EntityManager em;

    /** Inserts at once: a generated id is known, and a duplicate key fails here rather than at commit. */
    public void add(T entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(T entity) {
        em.remove(entity);
    }

    protected Optional<T> find(Class<T> type, Object key) {
        return Optional.ofNullable(em.find(type, key));
    }

    /** The entity with its row locked until the transaction ends, so that two changes of it run one after the other. */
    protected Optional<T> findForUpdate(Class<T> type, Object key) {
        return Optional.ofNullable(em.find(type, key, LockModeType.PESSIMISTIC_WRITE));
    }
}
