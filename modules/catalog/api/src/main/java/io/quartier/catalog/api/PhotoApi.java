package io.quartier.catalog.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A merchant's product photos: one a product, put up and taken down by the product's merchant (another
 * merchant's product answers 404). The photos themselves are public, at the addresses of {@link PhotoView}.
 */
@RegisterRestClient(configKey = "catalog")
@Path("merchant/products/{id}/photo")
@Produces(MediaType.APPLICATION_JSON)
public interface PhotoApi {

    /**
     * Puts up {@code image}, a JPEG, PNG or GIF of at most 5 MB and at least 200×200 px, in place of the product's
     * photo. {@code contentType} is the image's media type, or {@code application/octet-stream}; never null (it
     * becomes the request's Content-Type). 400 {@code catalog.photo.notAnImage}, {@code catalog.photo.tooLarge} or
     * {@code catalog.photo.tooSmall} keeps the photo there was.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    PhotoView upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                     byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType);

    /** Takes the photo down; a product without one stays as it is. */
    @DELETE
    void remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId);
}
