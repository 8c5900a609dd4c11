package io.quartier.payment.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Where Stripe announces what happened to payments ({@code POST /payment/api/webhooks/stripe}). Public: the
 * {@code Stripe-Signature} header, made with the webhook secret, is what proves Stripe sent it. A REST client interface
 * like every other api (a test can post to it): without {@code @RegisterRestClient}, Jersey on Payara takes the
 * interface itself for a second resource on the same path and the WAR does not deploy.
 */
@RegisterRestClient(configKey = "payment")
@Path("webhooks/stripe")
public interface StripeWebhooksApi {

    /** Takes the event once by its id (a replay changes nothing); 400 when the signature does not hold. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    String receive(@HeaderParam("Stripe-Signature") String signature, String payload);
}
