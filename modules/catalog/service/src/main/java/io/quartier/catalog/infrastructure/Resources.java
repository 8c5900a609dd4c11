package io.quartier.catalog.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The catalog schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code catalog.db.*}), so the embedded PostgreSQL and a production one run the same WAR. Catalog
 * publishes no events yet; the connection factory is here so readiness already covers the broker.
 */
@DataSourceDefinition(name = "java:app/jdbc/catalog",
        className = "${MPCONFIG=catalog.db.class}",
        url = "${MPCONFIG=catalog.db.url}",
        user = "${MPCONFIG=catalog.db.user}",
        password = "${MPCONFIG=catalog.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/catalog",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
