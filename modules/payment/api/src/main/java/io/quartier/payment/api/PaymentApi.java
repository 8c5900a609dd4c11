package io.quartier.payment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Payment's public face. A customer reads their payment methods with their own token; holds are taken and released
 * by the platform's services with theirs. Authorising takes an {@code Idempotency-Key} so that a retried call never
 * charges twice. The constraints are declared here, where the server's implementation inherits them from.
 */
@RegisterRestClient(configKey = "payment")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentApi {

    /** The caller's saved payment methods (gateway tokens only, never a card number). */
    @GET
    @Path("payment-methods")
    List<PaymentMethodView> paymentMethods(@HeaderParam("Authorization") String bearer);

    /**
     * Saves a card for the caller by the token the gateway's own form gave; the same token again answers the
     * card saved with it. 422 {@code problem.paymentMethod.unknownToken} when the gateway knows no such card.
     */
    @POST
    @Path("payment-methods")
    PaymentMethodView addPaymentMethod(@HeaderParam("Authorization") String bearer,
                                       @Valid @NotNull NewPaymentMethod method);

    /** Removes one of the caller's cards: never offered nor charged again (204); another's is 404. */
    @DELETE
    @Path("payment-methods/{id}")
    void removePaymentMethod(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);

    /** Makes one of the caller's methods the default one, the others not; another's is 404. */
    @PUT
    @Path("payment-methods/{id}/preferred")
    PaymentMethodView preferPaymentMethod(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);

    /** Authorises an amount on one of the caller's payment methods; 402 problem when the gateway declines. */
    @POST
    @Path("authorizations")
    AuthorizationView authorize(@HeaderParam("Authorization") String bearer,
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @Valid @NotNull AuthorizationRequest request);

    /** Releases every hold still open for an order (the platform's services only); none is fine. */
    @POST
    @Path("orders/{orderReference}/void")
    List<AuthorizationView> voidOrder(@HeaderParam("Authorization") String bearer,
                                      @PathParam("orderReference") @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}")
                                      String orderReference);
}
