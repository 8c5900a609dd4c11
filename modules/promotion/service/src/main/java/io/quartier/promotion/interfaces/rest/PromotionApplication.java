package io.quartier.promotion.interfaces.rest;

import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.MERCHANT, Roles.COURIER, Roles.ADMIN, Roles.SUPPORT, Roles.PARTNER, Roles.SERVICE})
@OpenAPIDefinition(info = @Info(title = "Quartier", version = "1",
        description = "The REST API of every deployed service; each operation names its service (tag and server)."),
        tags = @Tag(name = "promotion", description = "Coupons and automatic discounts: quotes for checkout, merchants' promotions"))
public class PromotionApplication extends Application {
}
