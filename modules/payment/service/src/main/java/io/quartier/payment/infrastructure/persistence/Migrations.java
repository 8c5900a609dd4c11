package io.quartier.payment.infrastructure.persistence;

import io.quartier.kernel.persistence.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Brings the payment schema up to date before anything else touches it. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    @Resource(lookup = "java:app/jdbc/payment")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "quartier.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, "payment", demo);
    }
}
