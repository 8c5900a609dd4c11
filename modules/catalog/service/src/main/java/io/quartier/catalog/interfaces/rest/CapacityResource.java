package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.CapacityApi;
import io.quartier.catalog.api.CapacityWindow;
import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.kernel.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link CapacityApi}: a store's kitchen capacity, public like the store itself. A class of its own, so
 * {@link CatalogResource} keeps implementing {@code CatalogApi} whole; it wins {@code stores/{id}/capacity} over
 * that resource's {@code ""} because its path is the more literal.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("stores/{id}/capacity")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CapacityResource implements CapacityApi {

    @Inject
    KitchenCapacity capacity;

    @Override
    @GET
    @Operation(summary = "Orders taken and free per 15-minute window, from the window holding 'from' (default now)")
    @APIResponse(responseCode = "400", description = "problem.invalid: from is not an instant, or windows not 1..96")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public List<CapacityWindow> windows(@PathParam("id") long storeId, @QueryParam("from") String from,
                                        @QueryParam("windows") @DefaultValue("8") Integer windows) {
        return capacity.windows(storeId, instant(from), windows);
    }

    private static Instant instant(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("problem.invalid", "from is not an ISO-8601 instant: " + from)
                    .withError("from", from);
        }
    }
}
