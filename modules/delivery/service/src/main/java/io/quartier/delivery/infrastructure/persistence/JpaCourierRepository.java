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
    public Optional<Courier> byId(long id) {
        return find(Courier.class, id);
    }

    /**
     * Inserts the courier unless its row exists, without failing when another request inserts it at the same time
     * (PostgreSQL waits for that one and skips): two first calls of a new courier make one profile, both answered.
     */
    @Override
    public void addIfAbsent(Courier courier) {
        em.createNativeQuery("INSERT INTO courier (id, version, name, onboarding, vehicle, availability, created_at) "
                        + "VALUES (?, 1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, courier.getId())
                .setParameter(2, courier.getName())
                .setParameter(3, courier.getOnboarding().name())
                .setParameter(4, courier.getVehicle().name())
                .setParameter(5, courier.getAvailability().name())
                .setParameter(6, java.sql.Timestamp.from(courier.getCreatedAt()))
                .executeUpdate();
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
