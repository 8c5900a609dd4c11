package io.quartier.delivery.api.event;

import io.quartier.kernel.event.DomainEvent;

/**
 * A courier delivered the order. {@code earningsMinor} is what the job pays its courier on top of the customer's tip
 * (base, distance, waiting, peak or extra pickup: the job's earning as the courier app shows it, less its tip, which
 * reaches the courier through the order's payment), in minor units of {@code currency}, the order's currency; both
 * null in events from before they were sent (and for a job from before earnings), which older consumers ignore.
 */
public record Delivered(long jobId, long orderId, long courierId, Long earningsMinor, String currency)
        implements DomainEvent {

    /** Whether the event carries earnings to pay: a courier, a positive amount and a currency. */
    public boolean paysEarnings() {
        return courierId > 0 && earningsMinor != null && earningsMinor > 0 && currency != null
                && currency.matches("[A-Z]{3}");
    }
}
