package io.quartier.delivery.infrastructure.persistence;

import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.delivery.domain.model.job.DeliveryPhoto;
import io.quartier.delivery.domain.model.job.Tour;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Delivery jobs in delivery's own schema, through JPA. */
@ApplicationScoped
public class JpaJobRepository extends JpaRepository<DeliveryJob> implements JobRepository {

    private static final List<Status> HELD = List.of(Status.OFFERED, Status.ASSIGNED, Status.PICKED_UP);

    @Override
    public Optional<DeliveryJob> byIdForUpdate(long id) {
        return findForUpdate(DeliveryJob.class, id);
    }

    @Override
    public Optional<DeliveryJob> byId(long id) {
        return find(DeliveryJob.class, id);
    }

    @Override
    public Optional<DeliveryJob> byOrder(long orderId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.orderId = :o", DeliveryJob.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    @Override
    public boolean existsForOrder(long orderId) {
        return !em.createQuery("SELECT j.id FROM DeliveryJob j WHERE j.orderId = :o", Long.class)
                .setParameter("o", orderId).getResultList().isEmpty();
    }

    @Override
    public List<DeliveryJob> openFor(long courierId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.courierId = :c AND j.status IN :held "
                        + "ORDER BY j.id", DeliveryJob.class)
                .setParameter("c", courierId)
                .setParameter("held", HELD)
                .setMaxResults(100)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> waiting(int limit) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.status = :waiting ORDER BY j.id", DeliveryJob.class)
                .setParameter("waiting", Status.WAITING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> lapsedOffers(Instant now) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.status = :offered AND j.offerExpiresAt <= :now",
                        DeliveryJob.class)
                .setParameter("offered", Status.OFFERED)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Set<Long> busyCouriers(int maxInHand) {
        Set<Long> busy = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT j.courierId FROM DeliveryJob j WHERE j.status = :offered", Long.class)
                .setParameter("offered", Status.OFFERED)
                .getResultList());
        busy.addAll(em.createQuery("SELECT j.courierId FROM DeliveryJob j WHERE j.status IN :inHand "
                        + "GROUP BY j.courierId HAVING COUNT(j) >= :max", Long.class)
                .setParameter("inHand", List.of(Status.ASSIGNED, Status.PICKED_UP))
                .setParameter("max", (long) maxInHand)
                .getResultList());
        return busy;
    }

    @Override
    public Map<Long, Long> jobsInHand() {
        Map<Long, Long> held = new HashMap<>();
        em.createQuery("SELECT j.courierId, COUNT(j) FROM DeliveryJob j WHERE j.status IN :held "
                        + "GROUP BY j.courierId", Object[].class)
                .setParameter("held", HELD)
                .getResultList()
                .forEach(row -> held.put((Long) row[0], ((Number) row[1]).longValue()));
        return held;
    }

    @Override
    public List<DeliveryJob> offeredTo(long courierId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.status = :offered AND j.courierId = :c",
                        DeliveryJob.class)
                .setParameter("offered", Status.OFFERED)
                .setParameter("c", courierId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> board(int limit, Instant photosSince) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.status NOT IN :over OR j.flaggedAt IS NOT NULL "
                        + "OR (j.proof = :photo AND j.deliveredAt >= :since) OR j.failedAt >= :since ORDER BY j.id",
                        DeliveryJob.class)
                .setParameter("over", List.of(Status.DELIVERED, Status.FAILED))
                .setParameter("photo", DeliveryJob.Proof.PHOTO)
                .setParameter("since", photosSince)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> deliveredBy(long courierId, Instant from, int limit) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.courierId = :c AND j.status = :delivered "
                        + "AND j.deliveredAt >= :from ORDER BY j.deliveredAt DESC", DeliveryJob.class)
                .setParameter("c", courierId)
                .setParameter("delivered", Status.DELIVERED)
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> underWayOfMerchant(long merchantId, int limit) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.merchantId = :m AND j.status IN :underWay "
                        + "ORDER BY j.id", DeliveryJob.class)
                .setParameter("m", merchantId)
                .setParameter("underWay", List.of(Status.ASSIGNED, Status.PICKED_UP))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DeliveryJob> ofCustomerForUpdate(long customerId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.customerId = :c ORDER BY j.id", DeliveryJob.class)
                .setParameter("c", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<GeoPoint> pickupPlaces(int limit) {
        return em.createQuery("SELECT DISTINCT j.pickupLatitude, j.pickupLongitude FROM DeliveryJob j "
                        + "WHERE j.pickupLatitude IS NOT NULL AND j.pickupLongitude IS NOT NULL", Object[].class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new GeoPoint((Double) row[0], (Double) row[1]))
                .toList();
    }

    @Override
    public Tour tourForUpdate(long groupId) {
        Tour tour = em.find(Tour.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (tour == null) {
            tour = new Tour(groupId);
            em.persist(tour);
            em.flush();
        }
        return tour;
    }

    @Override
    public List<DeliveryJob> ofGroupForUpdate(long groupId) {
        return em.createQuery("SELECT j FROM DeliveryJob j WHERE j.groupId = :g ORDER BY j.id", DeliveryJob.class)
                .setParameter("g", groupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void addPhoto(DeliveryPhoto photo) {
        em.persist(photo);
    }

    @Override
    public int removePhotosTakenBefore(Instant before) {
        return em.createQuery("DELETE FROM DeliveryPhoto p WHERE p.takenAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public void removePhotoOf(long jobId) {
        em.createQuery("DELETE FROM DeliveryPhoto p WHERE p.jobId = :id").setParameter("id", jobId).executeUpdate();
    }

    @Override
    public Optional<DeliveryPhoto> photoOf(DeliveryJob job) {
        return em.createQuery("SELECT p FROM DeliveryPhoto p WHERE p.jobId = :id OR p.jobId IN "
                        + "(SELECT j.id FROM DeliveryJob j WHERE j.groupId = :g) ORDER BY p.takenAt DESC",
                        DeliveryPhoto.class)
                .setParameter("id", job.getId())
                .setParameter("g", job.getGroupId() == null ? -1L : job.getGroupId())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
