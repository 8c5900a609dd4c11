package io.quartier.payment.domain.model.gateway;

/**
 * Something a gateway announced on its own (a webhook): its event id (unique at the gateway), its type (for example
 * {@code payment_intent.succeeded}) and the gateway's reference of the object it is about ({@code pi_...},
 * {@code ch_...}); for a charge, {@code holdReference} names the hold (PaymentIntent) it belongs to, else it is the
 * object's own reference. {@code attemptReference} is Quartier's own reference the gateway was asked with (Stripe's
 * {@code metadata.quartier_reference}), the attempt's ({@code Authorization.attemptReference}); null when the object
 * carries none.
 */
public record GatewayEvent(String id, String type, String objectReference, String holdReference,
                           String attemptReference) {

    /** An event that names no Quartier reference. */
    public GatewayEvent(String id, String type, String objectReference, String holdReference) {
        this(id, type, objectReference, holdReference, null);
    }
}
