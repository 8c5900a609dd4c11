package io.quartier.identity.interfaces.rest;

import io.quartier.identity.api.AccountApi;
import io.quartier.identity.api.AccountDeletion;
import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.AddressInput;
import io.quartier.identity.api.AddressView;
import io.quartier.identity.api.EmailChange;
import io.quartier.identity.api.PasswordChange;
import io.quartier.identity.api.ProfileChange;
import io.quartier.identity.application.AccountErasure;
import io.quartier.identity.application.Accounts;
import io.quartier.identity.application.AddressBook;
import io.quartier.identity.application.EmailChanges;
import io.quartier.identity.application.Places;
import io.quartier.identity.application.Profiles;
import io.quartier.identity.application.Sessions;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link AccountApi}: the caller's own account, named by its token only (an id in a path names an address of
 * that account, else "not found"). The bearer parameters of the contract are read by MP-JWT, not here.
 */
@RequestScoped
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("accounts/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.COURIER, Roles.ADMIN, Roles.SUPPORT, Roles.PARTNER})
public class AccountResource implements AccountApi {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    EmailChanges emailChanges;

    @Inject
    AddressBook addressBook;

    @Inject
    Places places;

    @Inject
    AccountErasure erasure;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Operation(summary = "The caller's own account")
    public AccountView me(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return accounts.byId(me());
    }

    @Override
    @PUT
    @Path("profile")
    @Operation(summary = "Change the caller's display name and preferred language")
    @APIResponse(responseCode = "200", description = "the account as changed")
    public AccountView changeProfile(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, ProfileChange change) {
        return profiles.change(me(), change);
    }

    @Override
    @POST
    @Path("email-changes")
    @Operation(summary = "Mail a link to the new address, which takes effect once followed; the current password confirms")
    @APIResponse(responseCode = "202", description = "the same whether the new address is free or has an account")
    @APIResponse(responseCode = "403", description = "problem.wrongPassword")
    @APIResponse(responseCode = "429", description = "problem.tooManyLogins: too many wrong passwords")
    public Response requestEmailChange(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, EmailChange change) {
        emailChanges.request(me(), change);
        return Response.accepted().build();
    }

    @Override
    @PUT
    @Path("password")
    @Operation(summary = "Change the caller's password with the current one; ends every other login of the account")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "403", description = "problem.wrongPassword")
    @APIResponse(responseCode = "429", description = "problem.tooManyLogins: too many wrong passwords")
    public void changePassword(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, PasswordChange change) {
        profiles.changePassword(me(), currentLogin(), change);
    }

    @Override
    @POST
    @Path("deletion")
    @Operation(summary = "Delete the caller's account, confirmed with its password; orders stay, anonymised")
    @APIResponse(responseCode = "204", description = "deleted: the personal data is erased and no login works")
    @APIResponse(responseCode = "403", description = "problem.wrongPassword")
    public void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, AccountDeletion deletion) {
        erasure.delete(me(), deletion.password());
    }

    @Override
    @GET
    @Path("addresses")
    @Operation(summary = "The caller's delivery addresses, the default first")
    public List<AddressView> addresses(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return addressBook.of(me());
    }

    @Override
    @POST
    @Path("addresses")
    @Operation(summary = "Add a delivery address, placed by the geocoder")
    @APIResponse(responseCode = "201", description = "the address with its coordinates")
    @APIResponse(responseCode = "400", description = "problem.address.notFound: the geocoder does not know the line")
    @APIResponse(responseCode = "409", description = "problem.address.tooMany: 20 addresses already")
    @APIResponse(responseCode = "503", description = "problem.geocoderUnavailable")
    public Response addAddress(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, AddressInput address) {
        AddressView added = addressBook.add(me(), address, places.locate(address.line()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @Override
    @PUT
    @Path("addresses/{id}")
    @Operation(summary = "Change one of the caller's delivery addresses")
    @APIResponse(responseCode = "200", description = "the address as changed")
    @APIResponse(responseCode = "404", description = "problem.notFound: no such address of the caller's")
    public AddressView changeAddress(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                                     AddressInput address) {
        return addressBook.change(me(), id, address, places.locate(address.line()));
    }

    @Override
    @DELETE
    @Path("addresses/{id}")
    @Operation(summary = "Remove one of the caller's delivery addresses")
    @APIResponse(responseCode = "204", description = "removed; when it was the default, the oldest left becomes it")
    @APIResponse(responseCode = "404", description = "problem.notFound: no such address of the caller's")
    public void removeAddress(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        addressBook.remove(me(), id);
    }

    private long me() {
        return Callers.accountId(caller);
    }

    /** The login the caller's token belongs to; null for a token issued before logins were named in it. */
    private String currentLogin() {
        Object login = caller.getClaim(Sessions.LOGIN_CLAIM);
        return login instanceof JsonString s ? s.getString() : login == null ? null : login.toString();
    }
}
