package io.quartier.catalog.interfaces.health;

import io.quartier.kernel.health.ReadinessChecks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

@ApplicationScoped
public class CatalogReadiness {

    @Resource(lookup = "java:app/jdbc/catalog")
    DataSource dataSource;

    @Resource(lookup = "java:app/jms/catalog")
    ConnectionFactory broker;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> ReadinessChecks.database("catalog", dataSource);
    }

    @Produces
    @Readiness
    HealthCheck broker() {
        return () -> ReadinessChecks.broker("catalog", broker);
    }
}
