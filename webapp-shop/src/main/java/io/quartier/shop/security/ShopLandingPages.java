package io.quartier.shop.security;

import io.quartier.kernel.security.Roles;
import io.quartier.ui.LandingPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Couriers start at their jobs; everyone else at the stores. */
@ApplicationScoped
public class ShopLandingPages implements LandingPages {

    @Override
    public String after(Set<String> roles) {
        return roles.contains(Roles.COURIER) ? "/courier/jobs.xhtml" : "/";
    }
}
