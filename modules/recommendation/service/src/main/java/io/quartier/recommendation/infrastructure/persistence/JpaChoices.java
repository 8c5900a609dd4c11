package io.quartier.recommendation.infrastructure.persistence;

import io.quartier.recommendation.domain.model.preference.Chooser;
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
    public boolean wants(Chooser who, long id) {
        List<?> rows = em.createNativeQuery("SELECT enabled FROM " + table(who) + " WHERE " + key(who) + " = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    @Override
    public void choose(Chooser who, long id, boolean enabled) {
        em.createNativeQuery("INSERT INTO " + table(who) + " (" + key(who) + ", enabled) VALUES (?1, ?2)"
                        + " ON CONFLICT (" + key(who) + ") DO UPDATE SET enabled = EXCLUDED.enabled")
                .setParameter(1, id).setParameter(2, enabled).executeUpdate();
    }

    @Override
    public void forgetCustomer(long customerId) {
        em.createNativeQuery("DELETE FROM customer_choice WHERE customer_id = ?1").setParameter(1, customerId)
                .executeUpdate();
    }

    private static String table(Chooser who) {
        return who == Chooser.CUSTOMER ? "customer_choice" : "merchant_choice";
    }

    private static String key(Chooser who) {
        return who == Chooser.CUSTOMER ? "customer_id" : "merchant_id";
    }
}
