/**
 * What a job pays its courier: a base, the distance from store to door, a bonus when it is to be picked up at a peak
 * time and the customer's tip, fixed when the job is made (so the offer shows what the job pays), and the minutes
 * waited at the store past its ready time, added at pickup.
 */
package io.quartier.delivery.domain.model.earning;
