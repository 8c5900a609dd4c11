package io.quartier.identity.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.identity.infrastructure.security.TokenSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves the public key every service verifies tokens with ({@code mp.jwt.verify.publickey.location}). */
@Tag(name = "identity")
@Server(url = "/identity", description = "identity service")
@Path("keys")
@PermitAll
public class KeyResource {

    @Inject
    TokenSigner signer;

    @GET
    @Path("jwt.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "The public key that verifies Quartier's tokens")
    public String publicKey() {
        return signer.publicKeyPem();
    }
}
