package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.delivery.domain.model.job.DeliveryPhoto;
import io.quartier.delivery.domain.model.job.Tour;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.kernel.event.DomainEvent;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Delivery's repositories in maps, numbered as the database would, for the use cases' tests. */
final class InMemory {

    private InMemory() {
    }

    /** The jobs' use cases over these maps, publishing into {@code events}, its stores all at one place in Paris. */
    static Dispatch dispatch(Jobs jobs, Couriers couriers, List<DomainEvent> events, Instant now) {
        Dispatch dispatch = new Dispatch();
        dispatch.jobs = jobs;
        dispatch.couriers = couriers;
        dispatch.events = events::add;
        dispatch.stores = storeId -> Optional.of(new GeoPoint(48.85, 2.35));
        dispatch.promise = Duration.ofMinutes(30);
        dispatch.clock = Clock.fixed(now, ZoneOffset.UTC);
        dispatch.earnings = earnings();
        return dispatch;
    }

    /** The default rates: 3.00 a job, 0.80 a km, 0.10 a minute waited past 5, 1.50 at peak times in Paris. */
    static EarningPolicy earnings() {
        EarningPolicy policy = new EarningPolicy();
        policy.currency = "EUR";
        policy.baseMinor = 300;
        policy.perKilometerMinor = 80;
        policy.roadFactor = 1.3;
        policy.perWaitingMinuteMinor = 10;
        policy.waitingGrace = Duration.ofMinutes(5);
        policy.maxWaiting = Duration.ofMinutes(30);
        policy.peakMinor = 150;
        policy.peakHours = "11:30-14:00,18:30-21:30";
        policy.zone = "Europe/Paris";
        policy.extraPickupMinor = 150;
        policy.read();
        return policy;
    }

    static final class Jobs implements JobRepository {

        final TreeMap<Long, DeliveryJob> byId = new TreeMap<>();
        final Map<Long, DeliveryPhoto> photos = new HashMap<>();
        final Map<Long, Tour> tours = new HashMap<>();

        @Override
        public Optional<DeliveryJob> byIdForUpdate(long id) {
            return byId(id);
        }

        @Override
        public Optional<DeliveryJob> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<DeliveryJob> byOrder(long orderId) {
            return byId.values().stream().filter(j -> j.getOrderId() == orderId).findFirst();
        }

        @Override
        public boolean existsForOrder(long orderId) {
            return byOrder(orderId).isPresent();
        }

        @Override
        public List<DeliveryJob> openFor(long courierId) {
            return byId.values().stream().filter(j -> j.isVisibleTo(courierId) && !j.isOver())
                    .toList();
        }

        @Override
        public List<DeliveryJob> waiting(int limit) {
            return byId.values().stream().filter(j -> j.getStatus() == Status.WAITING).limit(limit).toList();
        }

        @Override
        public List<DeliveryJob> lapsedOffers(Instant now) {
            return byId.values().stream()
                    .filter(j -> j.getStatus() == Status.OFFERED && !j.getOfferExpiresAt().isAfter(now)).toList();
        }

        @Override
        public Map<Long, Long> jobsInHand() {
            return byId.values().stream().filter(j -> j.getStatus() == Status.OFFERED
                            || j.getStatus() == Status.ASSIGNED || j.getStatus() == Status.PICKED_UP)
                    .collect(Collectors.groupingBy(DeliveryJob::getCourierId, Collectors.counting()));
        }

        @Override
        public Set<Long> busyCouriers(int maxInHand) {
            Set<Long> busy = byId.values().stream().filter(j -> j.getStatus() == Status.OFFERED)
                    .map(DeliveryJob::getCourierId).collect(Collectors.toSet());
            byId.values().stream().filter(j -> j.getStatus() == Status.ASSIGNED || j.getStatus() == Status.PICKED_UP)
                    .collect(Collectors.groupingBy(DeliveryJob::getCourierId, Collectors.counting()))
                    .forEach((courier, count) -> {
                        if (count >= maxInHand) {
                            busy.add(courier);
                        }
                    });
            return busy;
        }

        @Override
        public List<DeliveryJob> offeredTo(long courierId) {
            return byId.values().stream().filter(j -> j.isOfferedTo(courierId)).toList();
        }

        @Override
        public List<DeliveryJob> board(int limit, Instant photosSince) {
            return byId.values().stream().filter(j -> !j.isOver() || j.isFlagged()
                    || j.getProof() == DeliveryJob.Proof.PHOTO && j.getDeliveredAt() != null
                            && !j.getDeliveredAt().isBefore(photosSince)
                    || j.getFailedAt() != null && !j.getFailedAt().isBefore(photosSince)).toList();
        }

        @Override
        public List<DeliveryJob> deliveredBy(long courierId, Instant from, int limit) {
            return byId.values().stream().filter(j -> j.getStatus() == Status.DELIVERED
                            && Long.valueOf(courierId).equals(j.getCourierId()) && !j.getDeliveredAt().isBefore(from))
                    .sorted(Comparator.comparing(DeliveryJob::getDeliveredAt).reversed()).limit(limit).toList();
        }

        @Override
        public List<DeliveryJob> underWayOfMerchant(long merchantId, int limit) {
            return byId.values().stream().filter(j -> Long.valueOf(merchantId).equals(j.getMerchantId())
                    && j.isUnderWay()).limit(limit).toList();
        }

        @Override
        public List<DeliveryJob> ofCustomerForUpdate(long customerId) {
            return byId.values().stream().filter(j -> Long.valueOf(customerId).equals(j.getCustomerId())).toList();
        }

        @Override
        public List<GeoPoint> pickupPlaces(int limit) {
            return byId.values().stream().filter(j -> j.getPickupLatitude() != null)
                    .map(j -> new GeoPoint(j.getPickupLatitude(), j.getPickupLongitude())).distinct().limit(limit)
                    .toList();
        }

        @Override
        public Tour tourForUpdate(long groupId) {
            return tours.computeIfAbsent(groupId, Tour::new);
        }

        @Override
        public List<DeliveryJob> ofGroupForUpdate(long groupId) {
            return byId.values().stream().filter(j -> Long.valueOf(groupId).equals(j.getGroupId())).toList();
        }

        @Override
        public void addPhoto(DeliveryPhoto photo) {
            photos.put(photo.getJobId(), photo);
        }

        @Override
        public int removePhotosTakenBefore(Instant before) {
            int had = photos.size();
            photos.values().removeIf(photo -> photo.getTakenAt().isBefore(before));
            return had - photos.size();
        }

        @Override
        public void removePhotoOf(long jobId) {
            photos.remove(jobId);
        }

        @Override
        public Optional<DeliveryPhoto> photoOf(DeliveryJob job) {
            return byId.values().stream().filter(j -> j == job || job.isPartOfGroupWith(j))
                    .map(j -> photos.get(j.getId())).filter(Objects::nonNull).findFirst();
        }

        @Override
        public void add(DeliveryJob job) {
            long id = byId.size() + 1000L;
            try {
                Field field = DeliveryJob.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(job, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byId.put(id, job);
        }
    }

    static final class Couriers implements CourierRepository {

        final TreeMap<Long, Courier> byId = new TreeMap<>();

        @Override
        public Optional<Courier> byIdForUpdate(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Courier> takingOffers() {
            return byId.values().stream().filter(Courier::takesOffers).toList();
        }

        @Override
        public List<Courier> all(int limit) {
            return byId.values().stream().sorted(Comparator.comparing(Courier::getName)).limit(limit).toList();
        }

        @Override
        public void add(Courier courier) {
            byId.put(courier.getId(), courier);
        }

        @Override
        public Optional<Courier> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void addIfAbsent(Courier courier) {
            byId.putIfAbsent(courier.getId(), courier);
        }
    }
}
