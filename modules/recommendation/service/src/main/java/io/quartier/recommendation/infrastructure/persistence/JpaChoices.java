package io.quartier.recommendation.infrastructure.persistence;

import io.quartier.recommendation.domain.model.preference.Choices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Customers' and merchants' choices in recommendation's own schema; a missing row is yes. */
@ApplicationScoped
public class JpaChoices implements Choices {

    @PersistenceContext(unitName = "recommendation")
    EntityManager em;

    @Override
    public boolean customerWants(long customerId) {
        return wants("customer_choice", "customer_id", customerId);
    }

    @Override
    public void customerChooses(long customerId, boolean enabled) {
        choose("customer_choice", "customer_id", customerId, enabled);
    }

    @Override
    public boolean merchantWants(long merchantId) {
        return wants("merchant_choice", "merchant_id", merchantId);
    }

    @Override
    public void merchantChooses(long merchantId, boolean enabled) {
        choose("merchant_choice", "merchant_id", merchantId, enabled);
    }

    @Override
    public void forgetCustomer(long customerId) {
        em.createNativeQuery("DELETE FROM customer_choice WHERE customer_id = ?1").setParameter(1, customerId)
                .executeUpdate();
    }

    private boolean wants(String table, String key, long id) {
        List<?> rows = em.createNativeQuery("SELECT enabled FROM " + table + " WHERE " + key + " = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    private void choose(String table, String key, long id, boolean enabled) {
        em.createNativeQuery("INSERT INTO " + table + " (" + key + ", enabled) VALUES (?1, ?2)"
                        + " ON CONFLICT (" + key + ") DO UPDATE SET enabled = EXCLUDED.enabled")
                .setParameter(1, id).setParameter(2, enabled).executeUpdate();
    }
}
