package io.quartier.promotion.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The promotion schema's data source and the broker's connection factory. Database and pool sizes come
 * from MicroProfile Config ({@code promotion.db.*}), so the embedded PostgreSQL and a production one run the same WAR.
 */
@DataSourceDefinition(name = "java:app/jdbc/promotion",
        className = "${MPCONFIG=promotion.db.class}",
        url = "${MPCONFIG=promotion.db.url}",
        user = "${MPCONFIG=promotion.db.user}",
        password = "${MPCONFIG=promotion.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/promotion",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
