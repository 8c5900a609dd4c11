package io.quartier.delivery.interfaces.health;

import io.quartier.kernel.health.ReadinessChecks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

@ApplicationScoped
public class DeliveryReadiness {

    @Resource(lookup = "java:app/jdbc/delivery")
    DataSource dataSource;

    @Resource(lookup = "java:app/jms/delivery")
    ConnectionFactory broker;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> ReadinessChecks.database("delivery", dataSource);
    }

    @Produces
    @Readiness
    HealthCheck broker() {
        return () -> ReadinessChecks.broker("delivery", broker);
    }
}
