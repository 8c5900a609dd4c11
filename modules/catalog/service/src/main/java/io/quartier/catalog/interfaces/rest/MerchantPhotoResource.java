package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.PhotoApi;
import io.quartier.catalog.api.PhotoView;
import io.quartier.catalog.application.PhotoLibrary;
import io.quartier.catalog.domain.model.photo.Renditions;
import io.quartier.kernel.problem.Uploads;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@code PhotoApi}: a merchant puts up and takes down its products' photos. Any image media type is let in
 * (and application/octet-stream): the bytes, not the header, say what the file is, and a format the catalog cannot
 * read (WebP, HEIC) is then told as {@code catalog.photo.notAnImage}, which the portal can translate.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("merchant/products/{id}/photo")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT)
public class MerchantPhotoResource implements PhotoApi {

    @Inject
    PhotoLibrary photos;

    @Inject
    JsonWebToken caller;

    @PUT
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Put up the product's photo, the image as the body: JPEG, PNG or GIF (ImageIO's formats), "
            + "at most 5 MB, at least 200×200 px; replaces the last one. Served as JPEGs within 400 and 1200 px")
    @APIResponse(responseCode = "200", description = "the addresses of the small and large renditions")
    @APIResponse(responseCode = "400", description = "catalog.photo.notAnImage, catalog.photo.tooLarge "
            + "(over 5 MB or 40 megapixels), catalog.photo.tooSmall; the previous photo stays")
    @APIResponse(responseCode = "404", description = "not one of the caller's products")
    public PhotoView upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                            InputStream image) throws IOException {
        byte[] head = Uploads.readAtMost(image, Renditions.MAX_BYTES);
        return photos.upload(Callers.merchantId(caller), productId, head);
    }

    /** The contract's side of the upload: the client sends the image as bytes, with its media type. */
    @Override
    public PhotoView upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, long productId, byte[] image,
                            String contentType) {
        try {
            return upload(bearer, productId, new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @DELETE
    @Operation(summary = "Take the product's photo down; harmless when it has none")
    @APIResponse(responseCode = "204", description = "taken down, or there was none")
    @APIResponse(responseCode = "404", description = "not one of the caller's products")
    public void remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId) {
        photos.remove(Callers.merchantId(caller), productId);
    }
}
