package io.quartier.payment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A customer's Quartier wallet: what it holds and how it moved, and top-ups from a saved card (once per
 * {@code Idempotency-Key}). Paying from it is choosing it at checkout (its {@code paymentMethodId}); refunds of an
 * order it paid go back to it. Only its owner reaches it.
 */
@RegisterRestClient(configKey = "payment")
@Path("wallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WalletApi {

    /** The caller's wallet in {@code currency} (EUR when not given); an empty one before its first top-up. */
    @GET
    WalletView wallet(@HeaderParam("Authorization") String bearer,
                      @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency);

    /**
     * Charges one of the caller's saved cards and credits the wallet, once per key: 402 when the gateway declines
     * (nothing is credited), 503 {@code problem.topUp.pending} when it did not answer (asked again with the key).
     */
    @POST
    @Path("top-ups")
    TopUpView topUp(@HeaderParam("Authorization") String bearer, @HeaderParam("Idempotency-Key") String idempotencyKey,
                    @Valid @NotNull TopUpRequest request);
}
