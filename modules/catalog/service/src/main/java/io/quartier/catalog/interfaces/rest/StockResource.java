package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.ReservationView;
import io.quartier.catalog.api.StockApi;
import io.quartier.catalog.api.StockReservation;
import io.quartier.catalog.application.Stock;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link StockApi}: the platform's services (ordering, at checkout) hold and release stock, each with its own
 * SERVICE token; a person's token gets 403. The JAX-RS annotations are repeated so this class reads on its own and
 * the OpenAPI scan (which skips the api package) documents it; the constraints are the contract's.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class StockResource implements StockApi {

    @Inject
    Stock stock;

    @Override
    @POST
    @Counted(name = "stockReservations", description = "stock reservations asked for")
    @Operation(summary = "Hold stock for an order being placed: every line or none")
    @APIResponse(responseCode = "200", description = "held (or held before under the same reference)")
    @APIResponse(responseCode = "409", description = "problem.stock.insufficient, errors.productIds names the products")
    public ReservationView reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   StockReservation reservation) {
        return stock.reserve(reservation);
    }

    @Override
    @DELETE
    @Path("{reference}")
    @Operation(summary = "Give back the stock of a checkout that failed; releasing twice is harmless")
    @APIResponse(responseCode = "404", description = "no such reservation")
    @APIResponse(responseCode = "409", description = "problem.stock.reservationConfirmed: its order was placed;"
            + " only cancelling the order gives the stock back")
    public ReservationView release(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   @PathParam("reference") String reference) {
        return stock.releaseHeld(reference);
    }
}
