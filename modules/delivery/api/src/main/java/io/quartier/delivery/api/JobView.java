package io.quartier.delivery.api;

import java.time.Instant;

/**
 * A delivery job as its courier sees it. {@code status} is WAITING, OFFERED, ASSIGNED, PICKED_UP, DELIVERED or FAILED;
 * {@code offerExpiresAt} is when an offer lapses; the coordinates are null when unknown; {@code pickupAt} is when
 * the store said the order would be ready and {@code deadline} when it is promised at the door; {@code flagged} is
 * true once five wrong codes were typed; {@code earning} is what the job pays its courier (null for jobs from before
 * earnings); {@code groupId} is the multi-store order whose parts make one tour with one door (null for an order of
 * one store); {@code proof} how its delivery was proven, CODE or PHOTO (null until delivered; PHOTO too for a failure proven by
 * a photo); a FAILED job (the courier could not deliver it) has its {@code failureReason}, a
 * {@link DeliveryFailureReason} name, and the courier's {@code failureNote} (null when none).
 */
public record JobView(long id, long orderId, String status, String pickupName, String pickupAddress,
                      String dropoffAddress, Long courierId, Instant offerExpiresAt, Double pickupLatitude,
                      Double pickupLongitude, Double dropoffLatitude, Double dropoffLongitude, Instant pickupAt,
                      Instant deadline, boolean flagged, JobEarning earning, Long groupId,
                      String proof, String failureReason, String failureNote) {
}
