package io.quartier.kernel.health;

import io.quartier.kernel.ServiceResources;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Vetoes {@link ServiceReadiness} in a WAR that does not say it is a service module ({@value ServiceResources#NAME}
 * unset: the webapps), so that a webapp reports no database or broker it does not have.
 */
public class ServiceModules implements Extension {

    void onlyInServiceModules(@Observes ProcessAnnotatedType<ServiceReadiness> type) {
        if (!ServiceResources.configured()) {
            type.veto();
        }
    }
}
