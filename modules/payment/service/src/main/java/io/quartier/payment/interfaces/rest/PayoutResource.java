package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.PayoutPeriod;
import io.quartier.payment.api.PayoutRunView;
import io.quartier.payment.api.PayoutStatement;
import io.quartier.payment.api.PayoutView;
import io.quartier.payment.api.PayoutsApi;
import io.quartier.payment.application.Payouts;
import io.quartier.payment.domain.model.payout.PayeeType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link PayoutsApi}: admins run periods and read the log; a merchant (its merchant's payouts) or a courier
 * (its own) reads its statements, and an admin any one; another payee's statement is 404.
 */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("payouts")
@Produces(MediaType.APPLICATION_JSON)
public class PayoutResource implements PayoutsApi {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.GERMAN, Locale.forLanguageTag("ar"));

    @Inject
    Payouts payouts;

    @Inject
    JsonWebToken caller;

    @Context
    SecurityContext security;

    @Override
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Pay every merchant and courier what the days from..to (UTC) owe them and no payout paid yet")
    @APIResponse(responseCode = "200", description = "the run, FINISHED with its payees and totals (none when"
            + " everything was paid already)")
    @APIResponse(responseCode = "400", description = "problem.payout.period: a day missing, from after to, to after"
            + " today, or more than 366 days")
    @APIResponse(responseCode = "403", description = "the caller is not an admin")
    @APIResponse(responseCode = "409", description = "problem.payout.runInProgress: another run is running")
    public PayoutRunView run(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, PayoutPeriod period) {
        if (period == null) {
            throw DomainException.invalid("problem.payout.period", "a payout run needs a period (from, to)");
        }
        return payouts.run(period.from(), period.to(), Callers.accountId(caller));
    }

    @Override
    @GET
    @Path("runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The payout run log: the latest 100 runs, newest first")
    @APIResponse(responseCode = "403", description = "the caller is not an admin")
    public List<PayoutRunView> runs(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return payouts.latestRuns();
    }

    @Override
    @GET
    @Path("statements")
    @RolesAllowed({Roles.MERCHANT, Roles.COURIER})
    @Operation(summary = "The calling merchant's or courier's payouts, newest first")
    @APIResponse(responseCode = "403", description = "the caller is neither a merchant nor a courier")
    public List<PayoutView> statements(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return payouts.paidTo(payee());
    }

    @Override
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MERCHANT, Roles.COURIER, Roles.ADMIN})
    @Operation(summary = "A payout with the journal entries it pays, for its payee or an admin")
    @APIResponse(responseCode = "404", description = "no such payout, or another payee's")
    public PayoutStatement statement(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return payouts.statement(id, security.isUserInRole(Roles.ADMIN) ? null : payee());
    }

    @Override
    @GET
    @Path("{id}/statement.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.MERCHANT, Roles.COURIER, Roles.ADMIN})
    @Operation(summary = "A payout's statement as a CSV sheet, for its payee or an admin")
    @APIResponse(responseCode = "404", description = "no such payout, or another payee's")
    public String statementCsv(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return StatementSheet.csv(statement(bearer, id));
    }

    @Override
    @GET
    @Path("{id}/statement.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.MERCHANT, Roles.COURIER, Roles.ADMIN})
    @Operation(summary = "A payout's statement as a PDF in the Accept-Language's language (en, fr, es, de, ar;"
            + " English otherwise), for its payee or an admin")
    @APIResponse(responseCode = "404", description = "no such payout, or another payee's")
    public byte[] statementPdf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return StatementDocument.pdf(statement(bearer, id), reader(language));
    }

    /** The first of Quartier's languages the header asks for; English when it asks for none of them. */
    static Locale reader(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (found != null) {
                    return found;
                }
            } catch (IllegalArgumentException malformed) {
                // a header that is no language range asks for nothing in particular
            }
        }
        return Locale.ENGLISH;
    }

    /** The payee the caller is: its merchant for merchant staff, itself for a courier. */
    private PayeeType.Payee payee() {
        return security.isUserInRole(Roles.MERCHANT)
                ? new PayeeType.Payee(PayeeType.MERCHANT, Callers.merchantId(caller))
                : new PayeeType.Payee(PayeeType.COURIER, Callers.accountId(caller));
    }
}
