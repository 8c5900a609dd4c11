package io.quartier.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The caller's own account, named by the token it sends, never by an id: its profile, e-mail address, password,
 * delivery addresses, and its deletion. Another customer's address id answers 404, as an unknown one does.
 */
@RegisterRestClient(configKey = "identity")
@Path("accounts/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AccountApi {

    @GET
    AccountView me(@HeaderParam("Authorization") String bearer);

    /** Changes the display name and the preferred language (that of the pages after login, and of the mails). */
    @PUT
    @Path("profile")
    AccountView changeProfile(@HeaderParam("Authorization") String bearer, @Valid @NotNull ProfileChange change);

    /**
     * Mails a link to the new address, which takes effect once it is followed (the old address is then told); 202
     * whether or not another account has the new address (its owner is told by mail instead).
     */
    @POST
    @Path("email-changes")
    Response requestEmailChange(@HeaderParam("Authorization") String bearer, @Valid @NotNull EmailChange change);

    /** Sets a new password after checking the current one, and ends every other login of the account. */
    @PUT
    @Path("password")
    void changePassword(@HeaderParam("Authorization") String bearer, @Valid @NotNull PasswordChange change);

    /** Erases the account's personal data after checking its password; its orders stay, anonymised. */
    @POST
    @Path("deletion")
    void delete(@HeaderParam("Authorization") String bearer, @Valid @NotNull AccountDeletion deletion);

    /** The delivery addresses, the default first. */
    @GET
    @Path("addresses")
    List<AddressView> addresses(@HeaderParam("Authorization") String bearer);

    /** Adds an address, placed by the geocoder: 201 with it; 400 {@code problem.address.notFound} when unplaceable. */
    @POST
    @Path("addresses")
    Response addAddress(@HeaderParam("Authorization") String bearer, @Valid @NotNull AddressInput address);

    @PUT
    @Path("addresses/{id}")
    AddressView changeAddress(@HeaderParam("Authorization") String bearer, @PathParam("id") long id,
                              @Valid @NotNull AddressInput address);

    @DELETE
    @Path("addresses/{id}")
    void removeAddress(@HeaderParam("Authorization") String bearer, @PathParam("id") long id);
}
