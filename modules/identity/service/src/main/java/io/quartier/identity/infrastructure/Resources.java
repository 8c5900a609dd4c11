package io.quartier.identity.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The identity schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code identity.db.*}), so the embedded PostgreSQL and a production one run the same WAR.
 */
@DataSourceDefinition(name = "java:app/jdbc/identity",
        className = "${MPCONFIG=identity.db.class}",
        url = "${MPCONFIG=identity.db.url}",
        user = "${MPCONFIG=identity.db.user}",
        password = "${MPCONFIG=identity.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/identity",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
