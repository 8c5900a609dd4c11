package io.quartier.delivery.domain.model.job;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Delivery's jobs, kept in its own database (port; {@code JpaJobRepository} is the adapter). */
public interface JobRepository {

    /** Reads and locks the job, so that two changes of it run one after the other. */
    Optional<DeliveryJob> byIdForUpdate(long id);

    Optional<DeliveryJob> byId(long id);

    Optional<DeliveryJob> byOrder(long orderId);

    boolean existsForOrder(long orderId);

    /** The offers made to the courier and its jobs not yet delivered, oldest first. */
    List<DeliveryJob> openFor(long courierId);

    /** Jobs waiting for a courier, oldest first, at most {@code limit}, locked for this dispatch. */
    List<DeliveryJob> waiting(int limit);

    /** Offers whose time ran out before {@code now}, locked. */
    List<DeliveryJob> lapsedOffers(Instant now);

    /** Couriers who hold an offer, or {@code maxInHand} jobs taken and not yet delivered. */
    Set<Long> busyCouriers(int maxInHand);

    /** Per courier, the jobs it holds: offered to it, taken, or picked up, and not yet delivered. */
    Map<Long, Long> jobsInHand();

    /** Offers made to the courier, locked. */
    List<DeliveryJob> offeredTo(long courierId);

    /**
     * Jobs not yet over, jobs flagged for support, and jobs delivered with a photo or failed since
     * {@code photosSince}, oldest first, at most {@code limit}.
     */
    List<DeliveryJob> board(int limit, Instant photosSince);

    /** The courier's delivered jobs since {@code from}, newest first, at most {@code limit}. */
    List<DeliveryJob> deliveredBy(long courierId, Instant from, int limit);

    /** The merchant's jobs taken by a courier and not yet delivered, oldest first, at most {@code limit}. */
    List<DeliveryJob> underWayOfMerchant(long merchantId, int limit);

    /** Every job for the customer's orders, locked. */
    List<DeliveryJob> ofCustomerForUpdate(long customerId);

    /** The distinct known store places jobs were picked up at, at most {@code limit}. */
    List<GeoPoint> pickupPlaces(int limit);

    /** The multi-store order's tour, made on its first part's job, locked until the transaction ends. */
    Tour tourForUpdate(long groupId);

    /** The parts of the multi-store order, oldest first, locked. */
    List<DeliveryJob> ofGroupForUpdate(long groupId);

    /** Writes the new job at once, so that it has its id. */
    void add(DeliveryJob job);

    /** Keeps the photo proving a delivery. */
    void addPhoto(DeliveryPhoto photo);

    /** Deletes the photos taken before {@code before}; answers how many. */
    int removePhotosTakenBefore(Instant before);

    /** Deletes the photo taken at the job's delivery, if any. */
    void removePhotoOf(long jobId);

    /** The photo that proved the job's delivery: its own, or the one taken for another part of the same drop-off. */
    Optional<DeliveryPhoto> photoOf(DeliveryJob job);
}
