package io.quartier.kernel.health;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** The two readiness checks every service reports: its database and the broker. */
public final class ReadinessChecks {

    private ReadinessChecks() {
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
