package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.ProductPhotoApi;
import io.quartier.catalog.application.PhotoLibrary;
import io.quartier.catalog.domain.model.photo.PhotoSize;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves products' photos to anyone. An address carrying the photo's current version ({@code v}) never shows
 * anything else, so browsers and proxies may keep it for a year without asking again; without it, or with an old
 * one, the answer is the current photo, kept five minutes, then checked by its ETag. Serves {@link ProductPhotoApi}.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("products/{id}/photo")
@PermitAll
public class PhotoResource implements ProductPhotoApi {

    static final String JPEG = "image/jpeg";
    static final String FOR_GOOD = "public, max-age=31536000, immutable";
    static final String FOR_A_WHILE = "public, max-age=300";

    @Inject
    PhotoLibrary photos;

    @Context
    Request request;

    @Override
    @GET
    @Produces(JPEG)
    @Operation(summary = "A product's photo as a JPEG: small (within 400×400 px) or large (within 1200×1200 px)")
    @APIResponse(responseCode = "200", description = "the photo; cached for good when v is its version")
    @APIResponse(responseCode = "304", description = "If-None-Match names the photo's ETag")
    @APIResponse(responseCode = "400", description = "catalog.photo.unknownSize")
    @APIResponse(responseCode = "404", description = "problem.notFound: no such product, or it has no photo")
    public Response photo(@PathParam("id") long productId, @QueryParam("size") @DefaultValue("small") String size,
                          @QueryParam("v") String version) {
        PhotoSize photoSize = PhotoSize.named(size);
        PhotoLibrary.Jpeg jpeg = photos.photo(productId, photoSize)
                .orElseThrow(() -> ProblemException.notFound("photo of product", productId));
        EntityTag tag = new EntityTag(jpeg.version() + "-" + photoSize.label());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(jpeg.bytes(), JPEG))
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, jpeg.version().equals(version) ? FOR_GOOD : FOR_A_WHILE)
                .build();
    }
}
