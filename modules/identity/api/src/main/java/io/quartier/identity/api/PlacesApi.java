package io.quartier.identity.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Finds places by their name or address, for anyone (a guest saying where they are): at most five, best first.
 * Limited per client address (429 with Retry-After); a web shell names the person's address in {@code forwardedFor}.
 */
@RegisterRestClient(configKey = "identity")
@Path("places")
@Produces(MediaType.APPLICATION_JSON)
public interface PlacesApi {

    /** 400 {@code problem.place.query} unless {@code q} has 2 to 200 characters. */
    @GET
    List<PlaceView> search(@HeaderParam("X-Forwarded-For") String forwardedFor, @QueryParam("q") String q);
}
