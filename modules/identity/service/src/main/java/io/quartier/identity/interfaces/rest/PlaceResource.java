package io.quartier.identity.interfaces.rest;

import io.quartier.identity.api.PlaceView;
import io.quartier.identity.api.PlacesApi;
import io.quartier.identity.application.Places;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@link PlacesApi}: the public place search. */
@RequestScoped
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("places")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PlaceResource implements PlacesApi {

    @Inject
    Places places;

    @Inject
    ClientAddress clientAddress;

    @Override
    @GET
    @Operation(summary = "Find up to five places by name or address, for anyone (limited per client address)")
    @APIResponse(responseCode = "200", description = "the places, best first; none is an empty list")
    @APIResponse(responseCode = "400", description = "problem.place.query: q must have 2 to 200 characters")
    @APIResponse(responseCode = "429", description = "problem.tooManySearches; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "problem.geocoderUnavailable")
    public List<PlaceView> search(@HeaderParam("X-Forwarded-For") String forwardedFor, @QueryParam("q") String q) {
        return places.search(q, clientAddress.of(forwardedFor));
    }
}
