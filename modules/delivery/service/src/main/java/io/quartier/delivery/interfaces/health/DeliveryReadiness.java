package io.quartier.delivery.interfaces.health;

import io.quartier.kernel.health.ReadinessChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports this service's database and the broker as the kernel checks them, named after the module
 * (delivery-database, delivery-broker). The producers are declared here, not in the kernel, because the kernel
 * jar is in the webapps too, which have neither.
 */
@ApplicationScoped
public class DeliveryReadiness {

    @Produces
    @Readiness
    HealthCheck database() {
        return ReadinessChecks.database();
    }

    @Produces
    @Readiness
    HealthCheck broker() {
        return ReadinessChecks.broker();
    }
}
