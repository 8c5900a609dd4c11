package io.quartier.kernel.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs a module's Flyway migrations in the module's own schema. Demo data lives in a separate location
 * ({@code db/demo/<schema>}) that is applied only when asked for, so production never gets it.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static void migrate(DataSource dataSource, String schema, boolean withDemoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/" + schema));
        if (withDemoData) {
            locations.add("classpath:db/demo/" + schema);
        }
        var result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(locations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> "schema " + schema + ": " + result.migrationsExecuted + " migrations applied, now at "
                + result.targetSchemaVersion);
    }
}
