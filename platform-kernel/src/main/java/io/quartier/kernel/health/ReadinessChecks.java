package io.quartier.kernel.health;

import io.quartier.kernel.ServiceResources;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The two readiness checks every service reports, named after the module ({@value ServiceResources#NAME}):
 * {@code <module>-database} and {@code <module>-broker}. {@link ServiceReadiness} produces them in every service
 * module. The resources are looked up when a check is created: the checks themselves run later, outside the
 * application's naming context.
 */
public final class ReadinessChecks {

    private ReadinessChecks() {
    }

    /** This module's database: a valid connection from its data source. */
    public static HealthCheck database() {
        String module = ServiceResources.name();
        DataSource dataSource = ServiceResources.dataSource(module);
        return () -> database(module, dataSource);
    }

    /** The broker, through this module's connection factory. */
    public static HealthCheck broker() {
        String module = ServiceResources.name();
        ConnectionFactory connectionFactory = ServiceResources.broker(module);
        return () -> broker(module, connectionFactory);
    }

    public static HealthCheckResponse database(String module, DataSource dataSource) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(module + "-database");
        try (Connection connection = dataSource.getConnection()) {
            return builder.status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (Exception e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    public static HealthCheckResponse broker(String module, ConnectionFactory connectionFactory) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(module + "-broker");
        try (JMSContext context = connectionFactory.createContext()) {
            context.createTemporaryQueue().delete();
            return builder.up().build();
        } catch (Exception e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
