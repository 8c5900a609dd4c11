package io.quartier.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Produces this service's two readiness checks, {@code <module>-database} and {@code <module>-broker}. The kernel
 * jar is in the webapps too, which have neither: {@link ServiceModules} keeps this bean out of a WAR that is no
 * service module.
 */
@ApplicationScoped
public class ServiceReadiness {

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
