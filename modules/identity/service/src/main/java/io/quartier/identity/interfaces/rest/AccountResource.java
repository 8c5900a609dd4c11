package io.quartier.identity.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.application.Authentication;
import io.quartier.identity.application.Registration;
import io.quartier.identity.infrastructure.persistence.AccountRepository;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountRepository accounts;

    @Inject
    Registration registration;

    @Inject
    JsonWebToken caller;

    @POST
    @PermitAll
    @Operation(summary = "Sign up as a customer")
    public Response register(@Valid @NotNull NewCustomer customer) {
        AccountView created = registration.registerCustomer(customer);
        return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.COURIER, Roles.ADMIN, Roles.SUPPORT, Roles.PARTNER})
    @Operation(summary = "The caller's own account")
    public AccountView me() {
        return byId(Long.parseLong(caller.getSubject()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Any account, for platform staff")
    public AccountView byId(@PathParam("id") long id) {
        return accounts.byId(id).map(Authentication::view)
                .orElseThrow(() -> ProblemException.notFound("account", id));
    }
}
