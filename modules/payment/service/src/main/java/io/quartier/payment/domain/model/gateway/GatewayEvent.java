package io.quartier.payment.domain.model.gateway;

import io.quartier.kernel.Money;

/**
 * Something a gateway announced on its own (a webhook): its event id (unique at the gateway), its type (for example
 * {@code payment_intent.succeeded}) and the gateway's reference of the object it is about ({@code pi_...},
 * {@code ch_...}, {@code re_...}); for a charge or a refund, {@code holdReference} names the hold (PaymentIntent) it
 * belongs to, else it is the object's own reference. {@code attemptReference} is Quartier's own reference the gateway
 * was asked with (Stripe's {@code metadata.quartier_reference}: an authorisation attempt's, or a refund's key); null
 * when the object carries none, as for a refund someone made in the gateway's dashboard. {@code status} and
 * {@code amount} are the object's own, when it has them (null otherwise).
 */
public record GatewayEvent(String id, String type, String objectReference, String holdReference,
                           String attemptReference, String status, Money amount) {

    /** An event that names no Quartier reference. */
    public GatewayEvent(String id, String type, String objectReference, String holdReference) {
        this(id, type, objectReference, holdReference, null);
    }

    /** An event whose object carries no status nor amount Quartier reads. */
    public GatewayEvent(String id, String type, String objectReference, String holdReference, String attemptReference) {
        this(id, type, objectReference, holdReference, attemptReference, null, null);
    }
}
