package io.quartier.delivery.domain.model.job;

import io.quartier.delivery.api.DeliveryFailureReason;
import io.quartier.delivery.api.FailureReport;
import io.quartier.delivery.domain.model.earning.Earning;
import io.quartier.delivery.domain.model.earning.EarningRates;
import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Taking one order from a store to its customer. It waits for a courier, is offered to one courier at a time until
 * the offer lapses, is taken (by accepting the offer, or given by an admin), picked up with the store's code and
 * delivered with the customer's (or, the customer absent, with a photo of the doorstep). A courier who declined it or
 * let its offer lapse is not offered it again. Only the courier it is offered or given to sees it.
 *
 * <p>The parts of one multi-store order share a group: one tour, several pickups and one door. They share the
 * customer's delivery code, are offered, taken and declined together, and a part made while another is on its way
 * joins that courier; delivering one delivers the others the courier has picked up.
 *
 * <p>A courier who cannot deliver the order it picked up reports why ({@link DeliveryFailureReason}); the job is then
 * over (FAILED), and so are the other parts it picked up for the same door. A customer said absent needs a photo of
 * the door as proof, as a delivery left at the door does: nothing tells delivery how long the courier waited there.
 */
@Entity
@Table(name = "delivery_job")
public class DeliveryJob {

    /** Where a job is. */
    public enum Status { WAITING, OFFERED, ASSIGNED, PICKED_UP, DELIVERED, FAILED }

    /**
     * How a delivery was proven: the customer's code, or a photo when the customer was not there; a failed delivery
     * proven by a photo (of the door nobody opened, of the damage) has PHOTO too.
     */
    public enum Proof { CODE, PHOTO }

    @Id
    @SequenceGenerator(name = "delivery_job_seq", sequenceName = "delivery_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_job_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, unique = true)
    private long orderId;

    @Column(name = "customer_id")
    private Long customerId;

    /** The multi-store order this job is one store's part of; null for an order of one store. */
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "pickup_name", nullable = false, length = 200)
    private String pickupName;

    @Column(name = "pickup_address", nullable = false, length = 300)
    private String pickupAddress;

    @Column(name = "dropoff_address", nullable = false, length = 300)
    private String dropoffAddress;

    @Column(name = "pickup_latitude")
    private Double pickupLatitude;

    @Column(name = "pickup_longitude")
    private Double pickupLongitude;

    @Column(name = "dropoff_latitude")
    private Double dropoffLatitude;

    @Column(name = "dropoff_longitude")
    private Double dropoffLongitude;

    @Column(name = "pickup_at")
    private Instant pickupAt;

    @Column(name = "deadline")
    private Instant deadline;

    /** The start of the slot the customer chose, for an order served later; null for as soon as possible. */
    @Column(name = "slot_start")
    private Instant slotStart;

    /** The courier it is offered or given to. */
    @Column(name = "courier_id")
    private Long courierId;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_job_passed", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "courier_id")
    private Set<Long> passedBy = new HashSet<>();

    @Column(name = "pickup_code", length = 8)
    private String pickupCode;

    @Column(name = "delivery_code", length = 8)
    private String deliveryCode;

    @Column(name = "wrong_pickup_codes", nullable = false)
    private int wrongPickupCodes;

    @Column(name = "wrong_delivery_codes", nullable = false)
    private int wrongDeliveryCodes;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    @Column(name = "offered_at", nullable = false)
    private Instant createdAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "picked_up_at")
    private Instant pickedUpAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_proof", length = 10)
    private Proof proof;

    /** When the courier was first seen at the store (a position near it), for the waiting it is paid. */
    @Column(name = "arrived_at")
    private Instant arrivedAt;

    /** What the job pays its courier; null for jobs made before earnings. */
    @Embedded
    private Earning earning;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 30)
    private DeliveryFailureReason failureReason;

    @Column(name = "failure_note", length = FailureReport.MAX_NOTE)
    private String failureNote;

    @Column(name = "failed_at")
    private Instant failedAt;

    /** When the customer deleted their account; the drop-off place is erased once the job is done. */
    @Column(name = "customer_erased_at")
    private Instant customerErasedAt;

    protected DeliveryJob() {
    }

    public DeliveryJob(long orderId, long customerId, long merchantId, Stop pickup, Stop dropoff, Instant pickupAt,
                       Instant deadline, Instant now) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.merchantId = merchantId;
        this.pickupName = pickup.name();
        this.pickupAddress = pickup.address();
        this.pickupLatitude = pickup.latitude();
        this.pickupLongitude = pickup.longitude();
        this.dropoffAddress = dropoff.address();
        this.dropoffLatitude = dropoff.latitude();
        this.dropoffLongitude = dropoff.longitude();
        this.pickupAt = pickupAt;
        this.deadline = deadline;
        this.status = Status.WAITING;
        this.pickupCode = Codes.fourDigits();
        this.deliveryCode = Codes.fourDigits();
        this.createdAt = now;
    }

    /** A place the courier goes to; coordinates null when unknown. */
    public record Stop(String name, String address, Double latitude, Double longitude) {
    }

    /** Makes the job a part of the multi-store order {@code group}, whose parts share one code at the door. */
    public void partOf(long group, String tourDeliveryCode) {
        requireStatus(Status.WAITING);
        groupId = group;
        deliveryCode = tourDeliveryCode;
    }

    /** Makes the job the delivery of an order for the slot starting {@code start}. */
    public void forSlot(Instant start) {
        requireStatus(Status.WAITING);
        slotStart = start;
    }

    /**
     * Whether the job may be offered to a courier at {@code now}: an order for a later slot only from {@code ahead}
     * before its pickup (its merchant accepts it well before, when its kitchen is about to start), so that no courier
     * is tied up waiting and the parts of a multi-store order, accepted at different times, go out together.
     */
    public boolean isOfferableAt(Instant now, Duration ahead) {
        return slotStart == null || pickupAt == null || !now.isBefore(pickupAt.minus(ahead));
    }

    /**
     * The waiting job joins the tour of {@code part}, another part of its group: offered to the same courier until
     * the same time, or taken by the courier who has it (picked up or not). Answers whether it joined; a part
     * waiting or delivered has no tour to join.
     */
    public boolean joinTourOf(DeliveryJob part, Instant now) {
        requireStatus(Status.WAITING);
        if (groupId == null || !groupId.equals(part.groupId) || part == this) {
            throw new IllegalStateException("job " + id + " joins only another part of its group");
        }
        if (part.status == Status.OFFERED) {
            offerTo(part.courierId, part.offerExpiresAt);
            return true;
        }
        if (part.isUnderWay()) {
            take(part.courierId, now);
            return true;
        }
        return false;
    }

    /** Whether the two jobs are parts of one multi-store order. */
    public boolean isPartOfGroupWith(DeliveryJob other) {
        return groupId != null && groupId.equals(other.groupId) && !Objects.equals(id, other.id);
    }

    /** Offers the waiting job to one courier until {@code expiresAt}. */
    public void offerTo(long courier, Instant expiresAt) {
        requireStatus(Status.WAITING);
        courierId = courier;
        offerExpiresAt = expiresAt;
        status = Status.OFFERED;
    }

    /** The courier takes the job offered to it, before the offer lapses. */
    public void accept(long courier, Instant now) {
        if (!isOfferedTo(courier)) {
            throw notYours(courier);
        }
        if (!now.isBefore(offerExpiresAt)) {
            throw DomainException.conflict("problem.job.offerExpired", "the offer of job " + id + " lapsed");
        }
        take(courier, now);
    }

    /** The courier turns the offer down; the job waits for another. */
    public void decline(long courier) {
        if (!isOfferedTo(courier)) {
            throw notYours(courier);
        }
        backToWaiting();
    }

    /** A lapsed offer goes back to waiting, for another courier; answers whether it had lapsed. */
    public boolean lapse(Instant now) {
        if (status != Status.OFFERED || now.isBefore(offerExpiresAt)) {
            return false;
        }
        backToWaiting();
        return true;
    }

    /** An offer taken back (its courier suspended), without counting against it. */
    public void withdrawOffer() {
        if (status == Status.OFFERED) {
            status = Status.WAITING;
            courierId = null;
            offerExpiresAt = null;
        }
    }

    /** An admin gives the job, not yet picked up, to a courier, whoever had it or was offered it. */
    public void assignByHand(long courier, Instant now) {
        if (!isBeforePickup()) {
            throw wrongStatus();
        }
        take(courier, now);
    }

    /** Whether no courier has collected the order yet: waiting, offered or assigned. */
    public boolean isBeforePickup() {
        return status == Status.WAITING || status == Status.OFFERED || status == Status.ASSIGNED;
    }

    /** The courier collects the order, saying the store's code. A wrong code counts; the fifth flags the job. */
    public CodeCheck confirmPickup(long courier, String code, Instant now) {
        requireHolder(courier, Status.ASSIGNED);
        if (wrongPickupCodes >= Codes.MAX_WRONG) {
            throw locked();
        }
        if (!Codes.matches(pickupCode, code)) {
            wrongPickupCodes++;
            return wrong(wrongPickupCodes, now);
        }
        status = Status.PICKED_UP;
        pickedUpAt = now;
        return CodeCheck.ok();
    }

    /** The courier hands the order over, saying the customer's code. A wrong code counts; the fifth flags the job. */
    public CodeCheck confirmDelivery(long courier, String code, Instant now) {
        requireHolder(courier, Status.PICKED_UP);
        if (wrongDeliveryCodes >= Codes.MAX_WRONG) {
            throw locked();
        }
        if (!Codes.matches(deliveryCode, code)) {
            wrongDeliveryCodes++;
            return wrong(wrongDeliveryCodes, now);
        }
        delivered(Proof.CODE, now);
        return CodeCheck.ok();
    }

    /**
     * A wrong code was typed at the door for another part of the same tour: the parts share their code, so they share
     * its tries too (else each part would give five more guesses). Nothing changes once this code is locked or the
     * job delivered.
     */
    public CodeCheck wrongCodeForAnotherPart(DeliveryJob part, Instant now) {
        if (!isPartOfGroupWith(part) || isOver() || wrongDeliveryCodes >= Codes.MAX_WRONG) {
            return new CodeCheck(false, Math.max(0, Codes.MAX_WRONG - wrongDeliveryCodes), false);
        }
        wrongDeliveryCodes++;
        return wrong(wrongDeliveryCodes, now);
    }

    /**
     * The customer is not there: the courier, holding the order, leaves it and proves it with a photo. Refused once
     * the delivery code is locked: five wrong codes are for support to look at, not to be photographed away.
     */
    public void deliverWithPhoto(long courier, Instant now) {
        requireHolder(courier, Status.PICKED_UP);
        if (wrongDeliveryCodes >= Codes.MAX_WRONG) {
            throw locked();
        }
        delivered(Proof.PHOTO, now);
    }

    /**
     * Delivered at the door with {@code part}, another part of its group the same courier just delivered, by the
     * same proof. Answers whether it was: only a part this courier has picked up goes along.
     */
    public boolean deliverAlongWith(DeliveryJob part, Instant now) {
        if (!isPartOfGroupWith(part) || status != Status.PICKED_UP || part.status != Status.DELIVERED
                || !Objects.equals(courierId, part.courierId)) {
            return false;
        }
        delivered(part.proof, now);
        return true;
    }

    /**
     * The courier holding the picked-up order cannot deliver it, for {@code reason}, with an optional short
     * {@code note}; {@code photo} whether it sent a photo, which CUSTOMER_ABSENT needs. Answers whether the job failed
     * now: a second report of the job's courier changes nothing (a retry from a phone that lost the answer).
     */
    public boolean fail(long courier, DeliveryFailureReason reason, String note, boolean photo, Instant now) {
        if (status == Status.FAILED && isVisibleTo(courier)) {
            return false;
        }
        requireHolder(courier, Status.PICKED_UP);
        if (reason == null) {
            throw DomainException.invalid("problem.job.failureReason", "say why job " + id + " cannot be delivered");
        }
        if (reason == DeliveryFailureReason.CUSTOMER_ABSENT && !photo) {
            throw DomainException.invalid("problem.job.photoRequired",
                    "an absent customer is proven by a photo of the door");
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > FailureReport.MAX_NOTE) {
            throw DomainException.invalid("problem.job.noteTooLong",
                    "a note has at most " + FailureReport.MAX_NOTE + " characters");
        }
        failed(reason, kept, photo ? Proof.PHOTO : null, now);
        return true;
    }

    /**
     * Failed at the door with {@code part}, another part of its group the same courier just failed to deliver, for
     * the same reason. Answers whether it was: only a part this courier has picked up goes along.
     */
    public boolean failAlongWith(DeliveryJob part, Instant now) {
        if (!isPartOfGroupWith(part) || status != Status.PICKED_UP || part.status != Status.FAILED
                || !Objects.equals(courierId, part.courierId)) {
            return false;
        }
        failed(part.failureReason, part.failureNote, part.proof, now);
        return true;
    }

    /** Whether nothing more happens to the job: delivered, or failed. */
    public boolean isOver() {
        return status == Status.DELIVERED || status == Status.FAILED;
    }

    /** Fixes what the job pays (before waiting), once, when it is made. */
    public void price(Earning quote) {
        if (earning == null) {
            earning = quote;
        }
    }

    /** The courier came near the store while on its way there; the first time counts. */
    public void arrivedAtStore(Instant now) {
        if (status == Status.ASSIGNED && arrivedAt == null) {
            arrivedAt = now;
        }
    }

    /** Pays the minutes waited at the store, once the job is picked up. */
    public void payWaiting(EarningRates rates) {
        if (earning != null && status == Status.PICKED_UP) {
            earning.waited(rates.waitingMinutes(arrivedAt, pickupAt, pickedUpAt), rates.perWaitingMinuteMinor());
        }
    }

    /**
     * The customer deleted their account: a job done forgets where it went at once; one still under way keeps the
     * place until it is delivered.
     */
    public void eraseCustomer(Instant now) {
        customerErasedAt = now;
        if (isOver()) {
            eraseDropoff();
        }
    }

    /** Whether the courier is on its way with it: taken and not yet delivered. */
    public boolean isUnderWay() {
        return status == Status.ASSIGNED || status == Status.PICKED_UP;
    }

    /** Whether the courier may see this job and its addresses: offered to it, or its own. */
    public boolean isVisibleTo(long courier) {
        return courierId != null && courierId == courier && status != Status.WAITING;
    }

    public boolean isOfferedTo(long courier) {
        return status == Status.OFFERED && courierId != null && courierId == courier;
    }

    /** Whether the courier declined it or let its offer lapse. */
    public boolean wasPassedBy(long courier) {
        return passedBy.contains(courier);
    }

    private void delivered(Proof how, Instant now) {
        status = Status.DELIVERED;
        deliveredAt = now;
        proof = how;
        if (customerErasedAt != null) {
            eraseDropoff();
        }
    }

    private void failed(DeliveryFailureReason reason, String note, Proof how, Instant now) {
        status = Status.FAILED;
        failureReason = reason;
        failureNote = note;
        failedAt = now;
        proof = how;
        if (customerErasedAt != null) {
            eraseDropoff();
        }
    }

    private void eraseDropoff() {
        dropoffAddress = "";
        dropoffLatitude = null;
        dropoffLongitude = null;
    }

    private void take(long courier, Instant now) {
        courierId = courier;
        offerExpiresAt = null;
        status = Status.ASSIGNED;
        assignedAt = now;
    }

    private void backToWaiting() {
        passedBy.add(courierId);
        courierId = null;
        offerExpiresAt = null;
        status = Status.WAITING;
    }

    private CodeCheck wrong(int wrongSoFar, Instant now) {
        boolean flaggedNow = wrongSoFar == Codes.MAX_WRONG;
        if (flaggedNow) {
            flaggedAt = now;
        }
        return new CodeCheck(false, Codes.MAX_WRONG - wrongSoFar, flaggedNow);
    }

    private void requireHolder(long courier, Status expected) {
        if (!isVisibleTo(courier) || status == Status.OFFERED) {
            throw notYours(courier);
        }
        requireStatus(expected);
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw wrongStatus();
        }
    }

    private DomainException wrongStatus() {
        return DomainException.conflict("problem.job.wrongStatus", "job " + id + " is " + status);
    }

    private DomainException notYours(long courier) {
        return DomainException.notFound("job", id);
    }

    private DomainException locked() {
        return DomainException.conflict("problem.job.codeLocked",
                "five wrong codes were typed for job " + id + "; support has been alerted");
    }

    public Earning getEarning() {
        return earning;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public DeliveryFailureReason getFailureReason() {
        return failureReason;
    }

    public String getFailureNote() {
        return failureNote;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Proof getProof() {
        return proof;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Status getStatus() {
        return status;
    }

    public String getPickupName() {
        return pickupName;
    }

    public String getPickupAddress() {
        return pickupAddress;
    }

    public String getDropoffAddress() {
        return dropoffAddress;
    }

    public Double getPickupLatitude() {
        return pickupLatitude;
    }

    public Double getPickupLongitude() {
        return pickupLongitude;
    }

    public Double getDropoffLatitude() {
        return dropoffLatitude;
    }

    public Double getDropoffLongitude() {
        return dropoffLongitude;
    }

    public Instant getPickupAt() {
        return pickupAt;
    }

    public Instant getSlotStart() {
        return slotStart;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Long getCourierId() {
        return courierId;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public String getDeliveryCode() {
        return deliveryCode;
    }

    public boolean isFlagged() {
        return flaggedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
