package io.quartier.kernel;

import jakarta.jms.ConnectionFactory;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service module's name and the container resources named after it. Each service WAR says who it is in
 * {@value #NAME} (its {@code META-INF/microprofile-config.properties}) and defines {@code java:app/jdbc/<name>} and
 * {@code java:app/jms/<name>}; the kernel's migrations, readiness and event publishing find them from that name, so a
 * new module brings a config value, not a copy of the wiring. Look-ups need the application's naming context: call
 * from a request, an EJB, an MDB or a bean being created, not from a bare thread.
 */
public final class ServiceResources {

    /** The config key of this service's name: its schema, its resources, its identity when it calls others. */
    public static final String NAME = "quartier.service.name";

    private ServiceResources() {
    }

    /** This service's name; an {@link IllegalStateException} in a WAR that is no service module. */
    public static String name() {
        return configuredName()
                .orElseThrow(() -> new IllegalStateException(NAME + " is not configured: no service module"));
    }

    /** Whether this WAR is a service module (a webapp is not). */
    public static boolean configured() {
        return configuredName().isPresent();
    }

    private static Optional<String> configuredName() {
        return ConfigProvider.getConfig().getOptionalValue(NAME, String.class);
    }

    /** The module's own data source, {@code java:app/jdbc/<module>}. */
    public static DataSource dataSource(String module) {
        return lookup("java:app/jdbc/" + module, DataSource.class);
    }

    /** The module's broker connection factory, {@code java:app/jms/<module>}: XA, so sends follow the transaction. */
    public static ConnectionFactory broker(String module) {
        return lookup("java:app/jms/" + module, ConnectionFactory.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("no " + type.getSimpleName() + " at " + name, e);
        }
    }
}
