package io.quartier.identity.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the person calling: the request's own, or the one a trusted web shell forwards for the person it acts
 * for (its last X-Forwarded-For hop), for the limits counted per address (logins, place searches).
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    /** Addresses whose X-Forwarded-For is believed: the platform's own web shells. */
    @Inject
    @ConfigProperty(name = "identity.login.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1")
    List<String> trustedProxies;

    public String of(String forwardedFor) {
        String direct = request.getRemoteAddr();
        if (forwardedFor != null && !forwardedFor.isBlank() && trustedProxies.contains(direct)) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return direct;
    }
}
