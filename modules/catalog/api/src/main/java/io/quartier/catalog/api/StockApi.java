package io.quartier.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Stock reservations, for checkout: held all or nothing, never below zero. A reservation whose order never
 * appears (no OrderPlaced) is released after a while, so a crashed checkout does not keep stock forever. The
 * constraints are declared here, where the server's implementation inherits them from.
 */
@RegisterRestClient(configKey = "catalog")
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StockApi {

    /** Holds every line or none; 409 {@code problem.stock.insufficient} names the products that ran short. */
    @POST
    ReservationView reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                            @Valid @NotNull StockReservation reservation);

    /** Gives the stock back (a declined payment, a cancelled order); releasing twice is harmless. */
    @DELETE
    @Path("{reference}")
    ReservationView release(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                            @PathParam("reference") String reference);
}
