package io.quartier.delivery.api;

/**
 * What a job pays its courier, in minor units of {@code currency}: a base, the distance from the store to the door,
 * the minutes waited at the store past its ready time (known once picked up), a bonus at peak times and the
 * customer's tip. The base, distance, peak and tip are fixed when the job is offered, so an offer shows what the job
 * pays, waiting aside.
 */
public record JobEarning(long baseMinor, long distanceMinor, long waitingMinor, long peakMinor, long tipMinor,
                         long totalMinor, String currency, long distanceMeters, long waitingMinutes) {
}
