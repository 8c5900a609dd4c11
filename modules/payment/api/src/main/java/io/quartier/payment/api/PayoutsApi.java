package io.quartier.payment.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Payouts to merchants and couriers: admins run a period and read the run log; a merchant or courier reads its own
 * statements (an admin any one).
 */
@RegisterRestClient(configKey = "payment")
@Path("payouts")
@Produces(MediaType.APPLICATION_JSON)
public interface PayoutsApi {

    /** Pays every merchant and courier what the period's entries owe them and no payout paid yet (admins only). */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    PayoutRunView run(@HeaderParam("Authorization") String bearer, PayoutPeriod period);

    /** The latest 100 runs, newest first (admins only). */
    @GET
    @Path("runs")
    List<PayoutRunView> runs(@HeaderParam("Authorization") String bearer);

    /** The calling merchant's or courier's payouts, newest first. */
    @GET
    @Path("statements")
    List<PayoutView> statements(@HeaderParam("Authorization") String bearer);

    /** A payout with its lines, for its payee or an admin (404 for anyone else). */
    @GET
    @Path("{id}")
    PayoutStatement statement(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);

    /** The same statement as a CSV sheet. */
    @GET
    @Path("{id}/statement.csv")
    @Produces("text/csv")
    String statementCsv(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);

    /** A payout's statement as a PDF in the language asked for (English by default), for its payee or an admin. */
    @GET
    @Path("{id}/statement.pdf")
    @Produces("application/pdf")
    byte[] statementPdf(@HeaderParam("Authorization") String bearer, @PathParam("id") long id,
                        @HeaderParam("Accept-Language") String language);
}
