package io.quartier.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Identity's public face: tokens for a login, sign-up, password resets and address changes by mail ({@link AccountApi}
 * has the caller's own account). The constraints are declared here, where the server's implementation inherits them from.
 */
@RegisterRestClient(configKey = "identity")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IdentityApi {

    /**
     * Exchanges a username and password for a signed JWT; 401 problem when they do not match, 429 after too many
     * failures. A web shell names the person's address in {@code forwardedFor} (believed from trusted addresses only).
     */
    @POST
    @Path("tokens")
    TokenView issueToken(@HeaderParam("X-Forwarded-For") String forwardedFor, @Valid @NotNull Credentials credentials);

    /** Exchanges a refresh token for new tokens (the presented one is used up); 401 problem when it cannot be. */
    @POST
    @Path("tokens/refresh")
    TokenView refresh(@Valid @NotNull RefreshRequest request);

    /** Ends the login of a refresh token (logout). */
    @POST
    @Path("tokens/revoke")
    void revoke(@Valid @NotNull RefreshRequest request);

    /** Exchanges a platform service's name and secret for a short-lived SERVICE token; 401 problem otherwise. */
    @POST
    @Path("service-tokens")
    ServiceTokenView serviceToken(@Valid @NotNull ServiceCredentials credentials);

    /**
     * Signs a customer up: 201 with a {@link SignUpReceipt}, the same whether the account was created (its address is
     * then confirmed through the mailed link) or the address or username was taken (the mail says so).
     */
    @POST
    @Path("accounts")
    Response signUp(@Valid @NotNull NewCustomer customer);

    /** Confirms a new account's address with the token of the mailed link; 400 {@code problem.badToken} otherwise. */
    @POST
    @Path("accounts/verifications")
    void verify(@Valid @NotNull TokenRequest request);

    /** Mails a link to choose a new password if the address has an account; 202 either way. */
    @POST
    @Path("password-resets")
    Response requestPasswordReset(@Valid @NotNull PasswordResetRequest request);

    /** Sets a new password with a reset link's token and ends every login; 400 {@code problem.badToken} otherwise. */
    @POST
    @Path("password-resets/new-password")
    void resetPassword(@Valid @NotNull NewPassword request);

    /**
     * Makes a requested change of e-mail address take effect with the token of the link mailed to the new address;
     * 400 {@code problem.badToken} otherwise, 409 {@code problem.emailTaken} when another account took it meanwhile.
     */
    @POST
    @Path("accounts/email-confirmations")
    void confirmEmailChange(@Valid @NotNull TokenRequest request);
}
