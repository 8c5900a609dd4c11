package io.quartier.kernel.persistence;

import io.quartier.kernel.ServiceResources;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the module's schema (named by {@value ServiceResources#NAME}) up to date from its own data source, before
 * anything else touches it. Each service declares the startup bean in one line,
 * {@code @Startup @Singleton @TransactionManagement(BEAN) public class Migrations extends ModuleMigrations {}}: the
 * kernel jar is in the webapps too, where a startup bean of its own would run without a schema.
 */
public abstract class ModuleMigrations {

    @Inject
    @ConfigProperty(name = ServiceResources.NAME)
    String module;

    @Inject
    @ConfigProperty(name = "quartier.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    protected void migrate() {
        SchemaMigrations.migrate(ServiceResources.dataSource(module), module, demo);
    }
}
