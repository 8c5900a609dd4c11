package io.quartier.payment.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The payment schema's data source and the broker's connection factory, both XA so that an
 * authorization and its event commit together. Settings come from MicroProfile Config ({@code payment.db.*}).
 */
@DataSourceDefinition(name = "java:app/jdbc/payment",
        className = "${MPCONFIG=payment.db.class}",
        url = "${MPCONFIG=payment.db.url}",
        user = "${MPCONFIG=payment.db.user}",
        password = "${MPCONFIG=payment.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
@ConnectionFactoryDefinition(name = "java:app/jms/payment",
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = "artemis-ra",
        transactionSupport = TransactionSupportLevel.XATransaction,
        maxPoolSize = 20,
        properties = {"UserName=${ENV=QUARTIER_BROKER_USER}", "Password=${ENV=QUARTIER_BROKER_PASSWORD}"})
public class Resources {
}
