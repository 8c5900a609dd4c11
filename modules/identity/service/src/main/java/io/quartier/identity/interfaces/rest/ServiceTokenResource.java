package io.quartier.identity.interfaces.rest;

import io.quartier.identity.api.ServiceCredentials;
import io.quartier.identity.api.ServiceTokenView;
import io.quartier.identity.application.ServiceTokens;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("service-tokens")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceTokenResource {

    @Inject
    ServiceTokens serviceTokens;

    @POST
    @Operation(summary = "Exchange a platform service's name and secret for a short-lived SERVICE token")
    @APIResponse(responseCode = "200", description = "the token")
    @APIResponse(responseCode = "401", description = "problem.badCredentials: unknown service or wrong secret")
    public ServiceTokenView issue(@Valid @NotNull ServiceCredentials credentials) {
        return serviceTokens.issue(credentials);
    }
}
