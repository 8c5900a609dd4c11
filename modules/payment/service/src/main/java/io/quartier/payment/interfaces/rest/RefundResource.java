package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.RefundRequest;
import io.quartier.payment.api.RefundView;
import io.quartier.payment.api.RefundsApi;
import io.quartier.payment.application.Refunds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@link RefundsApi}: refunds to platform staff (admin and support); a customer reads its own order's. */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource implements RefundsApi {

    @Inject
    Refunds refunds;

    @Inject
    JsonWebToken caller;

    @Context
    SecurityContext security;

    @Override
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Give money back on a captured order, split by the party at fault, once per Idempotency-Key")
    @APIResponse(responseCode = "200", description = "COMPLETED, FAILED (the gateway declined) or PENDING (the"
            + " gateway has not answered: it is asked again; a retry with the same key answers where it stands)")
    @APIResponse(responseCode = "400", description = "problem.idempotencyKeyRequired, problem.invalid,"
            + " problem.refund.invalid, problem.refund.nothing, problem.refund.noCourier")
    @APIResponse(responseCode = "403", description = "the caller is neither admin nor support")
    @APIResponse(responseCode = "409", description = "problem.refund.notCaptured, problem.refund.exceedsCapture"
            + " (errors.part names the part: items, deliveryFee, tip, line, total)")
    @APIResponse(responseCode = "422", description = "problem.idempotencyKeyReused")
    public RefundView refund(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                             @HeaderParam("Idempotency-Key") String idempotencyKey, RefundRequest request) {
        return refunds.refund(idempotencyKey, request, Callers.accountId(caller));
    }

    @Override
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT, Roles.CUSTOMER})
    @Operation(summary = "An order's refunds, or the latest 100, newest first; a customer's own order's only")
    @APIResponse(responseCode = "200", description = "for a customer, the refunds of its own order (none for another's)")
    @APIResponse(responseCode = "400", description = "problem.invalid: a customer names no orderId")
    public List<RefundView> refunds(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                    @QueryParam("orderId") Long orderId) {
        if (security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.SUPPORT)) {
            return refunds.list(orderId);
        }
        if (orderId == null) {
            throw ProblemException.invalid("problem.invalid", "a customer asks for the refunds of one of its orders");
        }
        return refunds.ofCustomersOrder(Callers.accountId(caller), orderId);
    }
}
