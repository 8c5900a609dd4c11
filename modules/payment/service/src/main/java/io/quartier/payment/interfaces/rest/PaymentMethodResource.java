package io.quartier.payment.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.payment.infrastructure.persistence.PaymentMethodRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's saved payment methods ({@code PaymentApi.paymentMethods}); the gateway token is never shown. */
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("payment-methods")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    @Inject
    PaymentMethodRepository methods;

    @Inject
    JsonWebToken caller;

    @GET
    @Operation(summary = "The caller's saved payment methods, the preferred one first")
    public List<PaymentMethodView> mine() {
        return methods.ofCustomer(Long.parseLong(caller.getSubject())).stream()
                .map(m -> new PaymentMethodView(m.getId(), m.getBrand(), m.getLast4(), m.getExpiryMonth(),
                        m.getExpiryYear(), m.isPreferred()))
                .toList();
    }
}
