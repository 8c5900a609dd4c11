package io.quartier.recommendation.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The recommendation schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code recommendation.db.*}), so the embedded PostgreSQL and a production one run the same WAR.
 */
@DataSourceDefinition(name = "java:app/jdbc/recommendation",
        className = "${MPCONFIG=recommendation.db.class}",
        url = "${MPCONFIG=recommendation.db.url}",
        user = "${MPCONFIG=recommendation.db.user}",
        password = "${MPCONFIG=recommendation.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/recommendation",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
