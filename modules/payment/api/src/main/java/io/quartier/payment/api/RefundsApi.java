package io.quartier.payment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Refunds, for platform staff (admin and support): money given back on a captured order, never more than was
 * captured, once per {@code Idempotency-Key}.
 */
@RegisterRestClient(configKey = "payment")
@Path("refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RefundsApi {

    /** Gives money back on an order; a retry with the same key answers the same refund. */
    @POST
    RefundView refund(@HeaderParam("Authorization") String bearer, @HeaderParam("Idempotency-Key") String idempotencyKey,
                      @Valid @NotNull RefundRequest request);

    /**
     * An order's refunds ({@code orderId}), or the latest 100 of all orders (without it), newest first; a customer
     * names one of its own orders (another's has none).
     */
    @GET
    List<RefundView> refunds(@HeaderParam("Authorization") String bearer, @QueryParam("orderId") Long orderId);
}
