package io.quartier.shop.security;

import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the shop's own login page, checked by platform-ui's identity store. The roles are declared
 * so that the identity's groups map to them (undeclared, every isUserInRole would be false).
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CUSTOMER, Roles.MERCHANT, Roles.COURIER, Roles.ADMIN, Roles.SUPPORT, Roles.PARTNER, Roles.SERVICE})
@ApplicationScoped
public class ShopSecurity {
}
