package io.quartier.delivery.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The delivery schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code delivery.db.*}), so the embedded PostgreSQL and a production one run the same WAR.
 */
@DataSourceDefinition(name = "java:app/jdbc/delivery",
        className = "${MPCONFIG=delivery.db.class}",
        url = "${MPCONFIG=delivery.db.url}",
        user = "${MPCONFIG=delivery.db.user}",
        password = "${MPCONFIG=delivery.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/delivery",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
