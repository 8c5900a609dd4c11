package io.quartier.catalog.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A product's public photo, at the address a {@link PhotoView} gives: browsers load it as an image, so it is a
 * contract of addresses rather than a client to call.
 */
@RegisterRestClient(configKey = "catalog")
@Path("products/{id}/photo")
public interface ProductPhotoApi {

    /**
     * The photo as a JPEG, {@code small} (within 400×400 px) or {@code large} (within 1200×1200 px); with the
     * photo's current version as {@code v}, it may be kept for good.
     */
    @GET
    @Produces("image/jpeg")
    Response photo(@PathParam("id") long productId, @QueryParam("size") @DefaultValue("small") String size,
                   @QueryParam("v") String version);
}
