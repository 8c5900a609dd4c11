package io.quartier.delivery.infrastructure.persistence;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.courier.Onboarding;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Couriers in delivery's own schema, through JPA. */
@ApplicationScoped
public class JpaCourierRepository extends JpaRepository<Courier> implements CourierRepository {

    @Override
    public Optional<Courier> byIdForUpdate(long id) {
        return findForUpdate(Courier.class, id);
    }

    @Override
    public List<Courier> takingOffers() {
        return em.createQuery("SELECT c FROM Courier c WHERE c.onboarding = :approved AND c.availability = :online "
                        + "ORDER BY c.id", Courier.class)
                .setParameter("approved", Onboarding.APPROVED)
                .setParameter("online", Availability.ONLINE)
                .setMaxResults(1000)
                .getResultList();
    }

    @Override
    public List<Courier> all(int limit) {
        List<Courier> byName = em.createQuery("SELECT c FROM Courier c ORDER BY c.name, c.id", Courier.class)
                .setMaxResults(limit)
                .getResultList();
        return byName.stream().sorted(Comparator.comparing(c -> c.getOnboarding() != Onboarding.PENDING)).toList();
    }
}
