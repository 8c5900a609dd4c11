package io.quartier.identity.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.identity.api.Credentials;
import io.quartier.identity.api.TokenView;
import io.quartier.identity.application.Authentication;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @POST
    @Counted(name = "logins", description = "login attempts")
    @Operation(summary = "Exchange a username and password for a signed JWT")
    @APIResponse(responseCode = "200", description = "the token")
    @APIResponse(responseCode = "401", description = "username or password does not match")
    public TokenView issue(@Valid @NotNull Credentials credentials) {
        return authentication.issueToken(credentials);
    }
}
