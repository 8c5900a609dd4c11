package io.quartier.identity.interfaces.rest;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.IdentityApi;
import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.api.NewPassword;
import io.quartier.identity.api.PasswordResetRequest;
import io.quartier.identity.api.RefreshRequest;
import io.quartier.identity.api.ServiceCredentials;
import io.quartier.identity.api.ServiceTokenView;
import io.quartier.identity.api.TokenRequest;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.application.Accounts;
import io.quartier.identity.application.Authentication;
import io.quartier.identity.application.EmailChanges;
import io.quartier.identity.application.PasswordResets;
import io.quartier.identity.application.Registration;
import io.quartier.identity.application.ServiceTokens;
import io.quartier.identity.application.Sessions;
import io.quartier.identity.application.TokenSigner;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link IdentityApi}: tokens for a login or a platform service, sign-up, password resets and address changes
 * by mail, accounts for platform staff, and the public key that verifies every token. The JAX-RS annotations are
 * repeated so this class reads on its own and the OpenAPI scan (which skips the api package) documents it; the
 * constraints are the contract's.
 */
@RequestScoped
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource implements IdentityApi {

    @Inject
    Authentication authentication;

    @Inject
    Sessions sessions;

    @Inject
    ServiceTokens serviceTokens;

    @Inject
    Registration registration;

    @Inject
    PasswordResets passwordResets;

    @Inject
    Accounts accounts;

    @Inject
    EmailChanges emailChanges;

    @Inject
    TokenSigner signer;

    @Inject
    ClientAddress clientAddress;

    @Override
    @POST
    @Path("tokens")
    @PermitAll
    @Counted(name = "logins", description = "login attempts")
    @Operation(summary = "Exchange a username and password for a signed JWT")
    @APIResponse(responseCode = "200", description = "the token")
    @APIResponse(responseCode = "401", description = "username or password does not match")
    @APIResponse(responseCode = "403", description = "problem.accountNotVerified: the address is not confirmed yet")
    @APIResponse(responseCode = "429", description = "problem.tooManyLogins: too many failures for the account or"
            + " the address; Retry-After says when to try again")
    public TokenView issueToken(@HeaderParam("X-Forwarded-For") String forwardedFor, Credentials credentials) {
        return authentication.issueToken(credentials, clientAddress.of(forwardedFor));
    }

    @Override
    @POST
    @Path("tokens/refresh")
    @PermitAll
    @Operation(summary = "Exchange a refresh token for a new access token and a new refresh token")
    @APIResponse(responseCode = "200", description = "the new tokens; the presented refresh token is used up")
    @APIResponse(responseCode = "401", description = "problem.badRefreshToken: unknown, used, ended or expired; a"
            + " used one presented again also ends its login")
    public TokenView refresh(RefreshRequest refresh) {
        return sessions.refresh(refresh.refreshToken());
    }

    @Override
    @POST
    @Path("tokens/revoke")
    @PermitAll
    @Operation(summary = "End the login a refresh token belongs to (logout)")
    @APIResponse(responseCode = "204", description = "ended, or the token was unknown")
    public void revoke(RefreshRequest refresh) {
        sessions.end(refresh.refreshToken());
    }

    @Override
    @POST
    @Path("service-tokens")
    @PermitAll
    @Operation(summary = "Exchange a platform service's name and secret for a short-lived SERVICE token")
    @APIResponse(responseCode = "200", description = "the token")
    @APIResponse(responseCode = "401", description = "problem.badCredentials: unknown service or wrong secret")
    public ServiceTokenView serviceToken(ServiceCredentials credentials) {
        return serviceTokens.issue(credentials);
    }

    @Override
    @POST
    @Path("accounts")
    @PermitAll
    @Operation(summary = "Sign up as a customer; the account logs in once the mailed link confirmed its address")
    @APIResponse(responseCode = "201", description = "the same whether the account was created or the address or"
            + " username was taken: the mail sent to the address tells")
    public Response signUp(NewCustomer customer) {
        return Response.status(Response.Status.CREATED).entity(registration.registerCustomer(customer)).build();
    }

    @Override
    @POST
    @Path("accounts/verifications")
    @PermitAll
    @Operation(summary = "Confirm a new account's e-mail address with the token of the mailed link")
    @APIResponse(responseCode = "204", description = "confirmed; the account logs in")
    @APIResponse(responseCode = "400", description = "problem.badToken: unknown, used or expired")
    public void verify(TokenRequest request) {
        registration.verify(request.token());
    }

    @Override
    @POST
    @Path("password-resets")
    @PermitAll
    @Operation(summary = "Mail a link to choose a new password to the address, if it has an account")
    @APIResponse(responseCode = "202", description = "the same whether the address has an account or not")
    public Response requestPasswordReset(PasswordResetRequest request) {
        passwordResets.request(request.email());
        return Response.accepted().build();
    }

    @Override
    @POST
    @Path("password-resets/new-password")
    @PermitAll
    @Operation(summary = "Set a new password with the token of a mailed reset link; ends every login of the account")
    @APIResponse(responseCode = "204", description = "set")
    @APIResponse(responseCode = "400", description = "problem.badToken: unknown, used or expired")
    public void resetPassword(NewPassword request) {
        passwordResets.complete(request.token(), request.password());
    }

    @Override
    @POST
    @Path("accounts/email-confirmations")
    @PermitAll
    @Operation(summary = "Make a change of e-mail address take effect with the token of the link mailed to the new address")
    @APIResponse(responseCode = "204", description = "changed; the old address is told")
    @APIResponse(responseCode = "400", description = "problem.badToken: unknown, used or expired")
    @APIResponse(responseCode = "409", description = "problem.emailTaken: another account took the address meanwhile")
    public void confirmEmailChange(TokenRequest request) {
        emailChanges.confirm(request.token());
    }

    @GET
    @Path("accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Any account, for platform staff")
    public AccountView byId(@PathParam("id") long id) {
        return accounts.byId(id);
    }

    @GET
    @Path("keys/jwt.pem")
    @PermitAll
    @Produces("application/x-pem-file")
    @Operation(summary = "The public key that verifies Quartier's tokens")
    public String publicKey() {
        return signer.publicKeyPem();
    }
}
