package io.quartier.identity.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.api.RefreshRequest;
import io.quartier.identity.application.Authentication;
import io.quartier.identity.application.Sessions;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@RequestScoped
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("tokens")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    Authentication authentication;

    @Inject
    Sessions sessions;

    @Context
    HttpServletRequest request;

    /** Addresses whose X-Forwarded-For is believed: the platform's own web shells, which log people in here. */
    @Inject
    @ConfigProperty(name = "identity.login.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1")
    List<String> trustedProxies;

    @POST
    @Counted(name = "logins", description = "login attempts")
    @Operation(summary = "Exchange a username and password for a signed JWT")
    @APIResponse(responseCode = "200", description = "the token")
    @APIResponse(responseCode = "401", description = "username or password does not match")
    @APIResponse(responseCode = "429", description = "problem.tooManyLogins: too many failures for the account or"
            + " the address; Retry-After says when to try again")
    public TokenView issue(@Valid @NotNull Credentials credentials) {
        return authentication.issueToken(credentials, clientAddress());
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Exchange a refresh token for a new access token and a new refresh token")
    @APIResponse(responseCode = "200", description = "the new tokens; the presented refresh token is used up")
    @APIResponse(responseCode = "401", description = "problem.badRefreshToken: unknown, used, ended or expired; a"
            + " used one presented again also ends its login")
    public TokenView refresh(@Valid @NotNull RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @POST
    @Path("revoke")
    @Operation(summary = "End the login a refresh token belongs to (logout)")
    @APIResponse(responseCode = "204", description = "ended, or the token was unknown")
    public void revoke(@Valid @NotNull RefreshRequest request) {
        sessions.end(request.refreshToken());
    }

    /** The caller's address, or the one a trusted web shell forwards for the person it logs in. */
    private String clientAddress() {
        String direct = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && trustedProxies.contains(direct)) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return direct;
    }
}
