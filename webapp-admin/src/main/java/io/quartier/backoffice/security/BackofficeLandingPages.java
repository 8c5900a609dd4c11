package io.quartier.backoffice.security;

import io.quartier.kernel.security.Roles;
import io.quartier.ui.LandingPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Merchants start at their order queue, platform staff at the console, anyone else at the home page. */
@ApplicationScoped
public class BackofficeLandingPages implements LandingPages {

    @Override
    public String after(Set<String> roles) {
        if (roles.contains(Roles.MERCHANT)) {
            return "/merchant/orders.xhtml";
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.SUPPORT)) {
            return "/admin/index.xhtml";
        }
        return "/";
    }
}
