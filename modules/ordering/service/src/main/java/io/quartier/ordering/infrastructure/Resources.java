package io.quartier.ordering.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The ordering schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code ordering.db.*}), so the embedded PostgreSQL and a production one run the same WAR.
 */
@DataSourceDefinition(name = "java:app/jdbc/ordering",
        className = "${MPCONFIG=ordering.db.class}",
        url = "${MPCONFIG=ordering.db.url}",
        user = "${MPCONFIG=ordering.db.user}",
        password = "${MPCONFIG=ordering.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/ordering",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
