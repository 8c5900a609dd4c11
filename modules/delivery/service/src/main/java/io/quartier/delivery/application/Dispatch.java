package io.quartier.delivery.application;

import io.quartier.delivery.api.event.CourierAssigned;
import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.DeliveryJobCreated;
import io.quartier.delivery.api.event.JobFlagged;
import io.quartier.delivery.api.event.JobOffered;
import io.quartier.delivery.api.event.PickedUp;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.courier.Onboarding;
import io.quartier.delivery.domain.model.earning.Earning;
import io.quartier.delivery.domain.model.earning.EarningRates;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.CodeCheck;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Stop;
import io.quartier.delivery.domain.model.job.DeliveryPhoto;
import io.quartier.delivery.domain.model.job.PhotoCleaning;
import io.quartier.delivery.domain.model.job.PhotoFormat;
import io.quartier.delivery.domain.model.job.Tour;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.event.OrderAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A job's life: made for an accepted order, taken by a courier (its offer accepted, or given by an admin), picked up
 * and delivered with codes (or a photo when the customer is absent). Each change commits with its event; a wrong code
 * is kept (and counted) although the handover is refused, so the caller turns a refused {@link Handover} into an
 * answer after the commit.
 *
 * <p>The parts of a multi-store order are one tour: they share the customer's code, accepting or declining one offer
 * accepts or declines the parts offered with it, a part accepted by its merchant later joins the courier who has the
 * others (until they are delivered; then it is a job of its own), and delivering one delivers every part its courier
 * has picked up. An admin's assignment by hand moves one job only.
 */
@ApplicationScoped
public class Dispatch {

    @Inject
    JobRepository jobs;

    @Inject
    CourierRepository couriers;

    @Inject
    Stores stores;

    @Inject
    DeliveryEvents events;

    @Inject
    EarningPolicy earnings;

    /** From the store's ready time to the customer's door, the time promised when none is said. */
    @Inject
    @ConfigProperty(name = "delivery.jobs.promise", defaultValue = "PT30M")
    Duration promise;

    Clock clock = Clock.systemUTC();

    /** How long a slot a customer chooses lasts (the catalog's kitchen windows). */
    static final Duration SLOT = Duration.ofMinutes(15);

    /**
     * The job of an accepted order: picked up when the store has it ready, delivered within the promise. An order for a
     * later slot is delivered in its slot: picked up no sooner than the promise before the slot ends (its kitchen may
     * be done well before), by the slot's end, and offered to couriers only as that pickup nears (see
     * {@link DeliveryJob#isOfferableAt}), so that the parts of a multi-store order for a slot, released to their
     * merchants and accepted at different times, still go out together as one tour.
     */
    @Transactional
    public void create(OrderAccepted order) {
        if (jobs.existsForOrder(order.orderId())) {
            return;
        }
        Optional<GeoPoint> store = stores.position(order.storeId());
        Instant now = clock.instant();
        Instant readyBy = order.readyBy() == null ? now : order.readyBy();
        Instant pickupAt = readyBy;
        Instant deadline = readyBy.plus(promise);
        if (order.scheduledFor() != null) {
            Instant slotEnd = order.scheduledFor().plus(SLOT);
            pickupAt = latest(readyBy, slotEnd.minus(promise));
            deadline = latest(slotEnd, pickupAt.plus(promise));
        }
        DeliveryJob job = new DeliveryJob(order.orderId(), order.customerId(), order.merchantId(),
                new Stop(order.storeName(), order.storeAddress(), store.map(GeoPoint::lat).orElse(null),
                        store.map(GeoPoint::lon).orElse(null)),
                new Stop(null, order.deliveryAddress(), place(order.deliveryLatitude(), order.deliveryLongitude(), true),
                        place(order.deliveryLatitude(), order.deliveryLongitude(), false)),
                pickupAt, deadline, now);
        if (order.scheduledFor() != null) {
            job.forSlot(order.scheduledFor());
        }
        Optional<DeliveryJob> onItsWay = Optional.empty();
        if (order.groupId() != null) {
            Tour tour = jobs.tourForUpdate(order.groupId());
            onItsWay = jobs.ofGroupForUpdate(order.groupId()).stream()
                    .filter(p -> !p.isOver()).findFirst();
            job.partOf(tour.getGroupId(), tour.getDeliveryCode());
        }
        job.price(onItsWay.map(first -> extraPickup(job, first, order)).orElseGet(() -> quote(job, order)));
        jobs.add(job);
        events.publish(new DeliveryJobCreated(job.getId(), job.getOrderId(), order.storeId(), job.getPickupAt(),
                job.getDeadline()));
        if (onItsWay.isPresent() && job.joinTourOf(onItsWay.get(), now)) {
            if (job.getStatus() == DeliveryJob.Status.OFFERED) {
                events.publish(new JobOffered(job.getId(), job.getOrderId(), job.getPickupName(),
                        job.getPickupAddress(), job.getCourierId(), job.getOfferExpiresAt()));
            } else {
                events.publish(new CourierAssigned(job.getId(), job.getOrderId(), job.getCourierId(), false,
                        job.getMerchantId()));
            }
        }
    }

    public List<DeliveryJob> openFor(long courierId) {
        return jobs.openFor(courierId);
    }

    /** One of the courier's offers or jobs; another's is not found. */
    public DeliveryJob job(long jobId, long courierId) {
        return jobs.byId(jobId).filter(j -> j.isVisibleTo(courierId))
                .orElseThrow(() -> DomainException.notFound("job", jobId));
    }

    /** The courier takes the job offered to it, and the other parts of its tour offered with it. */
    @Transactional
    public DeliveryJob accept(long jobId, long courierId) {
        DeliveryJob job = find(jobId);
        Instant now = clock.instant();
        job.accept(courierId, now);
        events.publish(new CourierAssigned(job.getId(), job.getOrderId(), courierId, false,
                job.getMerchantId()));
        for (DeliveryJob part : otherParts(job)) {
            if (part.isOfferedTo(courierId)) {
                part.accept(courierId, now);
                events.publish(new CourierAssigned(part.getId(), part.getOrderId(), courierId, false,
                        part.getMerchantId()));
            }
        }
        return job;
    }

    /** The courier turns the offer down, and with it the other parts of its tour offered with it. */
    @Transactional
    public void decline(long jobId, long courierId) {
        DeliveryJob job = find(jobId);
        job.decline(courierId);
        otherParts(job).stream().filter(part -> part.isOfferedTo(courierId)).forEach(part -> part.decline(courierId));
    }

    /**
     * An admin gives a job not yet picked up to an approved courier, and with it the other parts of its tour not yet
     * picked up: one courier for one door, as when a courier accepts.
     */
    @Transactional
    public DeliveryJob assignByHand(long jobId, long courierId) {
        Courier courier = couriers.byIdForUpdate(courierId)
                .filter(c -> c.getOnboarding() == Onboarding.APPROVED)
                .orElseThrow(() -> DomainException.invalid("problem.courier.notApproved",
                        "courier " + courierId + " is unknown or not approved"));
        DeliveryJob job = find(jobId);
        Instant now = clock.instant();
        job.assignByHand(courier.getId(), now);
        events.publish(new CourierAssigned(job.getId(), job.getOrderId(), courierId, true,
                job.getMerchantId()));
        for (DeliveryJob part : otherParts(job)) {
            if (part.isBeforePickup()) {
                part.assignByHand(courierId, now);
                events.publish(new CourierAssigned(part.getId(), part.getOrderId(), courierId, true,
                        part.getMerchantId()));
            }
        }
        return job;
    }

    @Transactional
    public Handover pickUp(long jobId, long courierId, String code) {
        DeliveryJob job = find(jobId);
        CodeCheck check = job.confirmPickup(courierId, code, clock.instant());
        if (check.accepted()) {
            job.payWaiting(earnings.rates(job.getEarning() == null ? null : job.getEarning().getCurrency()));
            events.publish(new PickedUp(job.getId(), job.getOrderId(), courierId));
        }
        flagIfNow(job, courierId, check, "PICKUP");
        return new Handover(job, check);
    }

    @Transactional
    public Handover deliver(long jobId, long courierId, String code) {
        DeliveryJob job = find(jobId);
        Instant now = clock.instant();
        CodeCheck check = job.confirmDelivery(courierId, code, now);
        if (check.accepted()) {
            delivered(job, courierId);
        } else {
            for (DeliveryJob part : otherParts(job)) {
                flagIfNow(part, courierId, part.wrongCodeForAnotherPart(job, now), "DELIVERY");
            }
        }
        flagIfNow(job, courierId, check, "DELIVERY");
        return new Handover(job, check);
    }

    /**
     * The customer is not there: the courier holding the picked-up order leaves it and proves it with a photo (a JPEG
     * or PNG, told by its bytes), kept for the customer and support as a clean JPEG ({@link PhotoCleaning}, done
     * before the job is locked). The other parts it picked up for the same door are delivered with it. Two uploads
     * at once wait for each other on the job's lock: the second finds it delivered (409), so one photo is kept.
     */
    @Transactional
    public DeliveryJob deliverWithPhoto(long jobId, long courierId, byte[] image) {
        byte[] jpeg = PhotoCleaning.jpeg(image);
        DeliveryJob job = find(jobId);
        Instant now = clock.instant();
        job.deliverWithPhoto(courierId, now);
        jobs.addPhoto(new DeliveryPhoto(job.getId(), PhotoFormat.JPEG, jpeg, now));
        delivered(job, courierId);
        return job;
    }

    /**
     * The photo proving the delivery of the job (taken at its door, possibly for another part of the same order),
     * for the order's customer ({@code customerId}) or for support and admins ({@code customerId} null); not found
     * for anyone else, or when the delivery was not proven by a photo.
     */
    public DeliveryPhoto photo(long jobId, Long customerId) {
        DeliveryJob job = jobs.byId(jobId)
                .filter(j -> customerId == null || customerId.equals(j.getCustomerId()))
                .filter(j -> j.getProof() == DeliveryJob.Proof.PHOTO)
                .orElseThrow(() -> DomainException.notFound("photo of job", jobId));
        return jobs.photoOf(job).orElseThrow(() -> DomainException.notFound("photo of job", jobId));
    }

    /** The order's job, for its merchant ({@code merchantId}) or its customer ({@code customerId}); else not found. */
    public DeliveryJob forOrder(long orderId, Long merchantId, Long customerId) {
        return jobs.byOrder(orderId)
                .filter(j -> merchantId != null ? merchantId.equals(j.getMerchantId())
                        : customerId != null && customerId.equals(j.getCustomerId()))
                .orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    /** The dispatch board: jobs under way, flagged ones, and the last day's deliveries proven by a photo. */
    public List<DeliveryJob> board() {
        return jobs.board(200, clock.instant().minus(Duration.ofDays(1)));
    }

    private void flagIfNow(DeliveryJob job, long courierId, CodeCheck check, String step) {
        if (check.flaggedNow()) {
            events.publish(new JobFlagged(job.getId(), job.getOrderId(), courierId, step));
        }
    }

    /**
     * Publishes the delivery with what the job pays its courier (for payment to owe it), and delivers with it the
     * other parts the courier has picked up for the same door.
     */
    private void delivered(DeliveryJob job, long courierId) {
        events.publish(delivery(job, courierId));
        Instant now = clock.instant();
        for (DeliveryJob part : otherParts(job)) {
            if (part.deliverAlongWith(job, now)) {
                events.publish(delivery(part, courierId));
            }
        }
    }

    /** The job's earning less its tip (the tip reaches the courier through the order's payment); none before earnings. */
    private static Delivered delivery(DeliveryJob job, long courierId) {
        Earning earning = job.getEarning();
        return earning == null ? new Delivered(job.getId(), job.getOrderId(), courierId, null, null)
                : new Delivered(job.getId(), job.getOrderId(), courierId, earning.total() - earning.getTipMinor(),
                        earning.getCurrency());
    }

    /** The other parts of the job's multi-store order, locked; none for an order of one store. */
    private List<DeliveryJob> otherParts(DeliveryJob job) {
        return job.getGroupId() == null ? List.of() : jobs.ofGroupForUpdate(job.getGroupId()).stream()
                .filter(job::isPartOfGroupWith).toList();
    }

    private DeliveryJob find(long jobId) {
        return jobs.byIdForUpdate(jobId).orElseThrow(() -> DomainException.notFound("job", jobId));
    }

    /** What the job pays, fixed now, in the order's currency (its tip with it). */
    private Earning quote(DeliveryJob job, OrderAccepted order) {
        EarningRates rates = earnings.rates(order.currency());
        double meters = job.getPickupLatitude() == null || job.getDropoffLatitude() == null ? 0
                : new GeoPoint(job.getPickupLatitude(), job.getPickupLongitude())
                        .metersTo(new GeoPoint(job.getDropoffLatitude(), job.getDropoffLongitude()));
        return rates.quote(meters, job.getPickupAt(), tip(order));
    }

    private static long tip(OrderAccepted order) {
        return order.tipMinor() == null ? 0 : order.tipMinor();
    }

    /** A further part of a tour: the extra pickup, and the detour from the first part's store to its own. */
    private Earning extraPickup(DeliveryJob job, DeliveryJob first, OrderAccepted order) {
        EarningRates rates = earnings.rates(order.currency());
        double meters = job.getPickupLatitude() == null || first.getPickupLatitude() == null ? 0
                : new GeoPoint(first.getPickupLatitude(), first.getPickupLongitude())
                        .metersTo(new GeoPoint(job.getPickupLatitude(), job.getPickupLongitude()));
        return rates.extraPickup(meters, tip(order));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Double place(Double latitude, Double longitude, boolean wantLatitude) {
        if (latitude == null || longitude == null || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
            return null;
        }
        return wantLatitude ? latitude : longitude;
    }
}
