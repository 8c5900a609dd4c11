package io.quartier.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * The Artemis broker of the embedded default, in the launcher's JVM (never inside a WAR, where it
 * would hang shutdown). Messages are persisted in the data folder; a message that fails five
 * deliveries goes to the dead-letter queue {@code DLQ} instead of being dropped. It listens on loopback only and
 * accepts one account, whose password is generated into the data folder ({@code broker.password}).
 */
final class EmbeddedBroker {

    static final String DEAD_LETTERS = "DLQ";
    static final String EXPIRED = "ExpiryQueue";

    /** Kept referenced: the JDK logger holds its level only while someone holds the logger. */
    private static final java.util.logging.Logger ARTEMIS_LOG = java.util.logging.Logger.getLogger("org.apache.activemq");

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    EmbeddedBroker(Path dataDir, int port, String user, String password) {
        ARTEMIS_LOG.setLevel(java.util.logging.Level.WARNING);
        Configuration config = new ConfigurationImpl()
                .setName("quartier")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setJMXManagementEnabled(false);
        try {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad broker port " + port, e);
        }
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(EXPIRED))
                .setMaxDeliveryAttempts(5)
                .setRedeliveryDelay(500)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(10_000)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        config.addAddressConfiguration(new CoreAddressConfiguration()
                .setName(DEAD_LETTERS)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST)));
        config.addAddressConfiguration(new CoreAddressConfiguration()
                .setName(EXPIRED)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(EXPIRED).setRoutingType(RoutingType.ANYCAST)));
        server.setConfiguration(config);
        server.setSecurityManager(new OneUser(user, password));
    }

    /** The platform's one broker account: a connection with any other name or password is refused. */
    private record OneUser(String user, String password) implements ActiveMQSecurityManager {

        @Override
        public boolean validateUser(String name, String secret) {
            return user.equals(name) && secret != null && MessageDigest.isEqual(
                    password.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean validateUserAndRole(String name, String secret, Set<Role> roles, CheckType checkType) {
            return validateUser(name, secret);
        }
    }

    void start() throws Exception {
        server.start();
    }

    /**
     * How many subscriptions to the event topics ({@code <context>.events}) have a consumer now. Message-driven
     * beans subscribe a little after their WAR reports ready; an event sent before a durable subscription exists
     * never reaches it, so the launcher waits for this count to settle before it says the platform is ready.
     */
    int eventSubscriptionsWithConsumers() {
        var broker = server.getActiveMQServer();
        int count = 0;
        for (String name : broker.getActiveMQServerControl().getQueueNames()) {
            var queue = broker.locateQueue(SimpleString.of(name));
            if (queue != null && queue.getAddress().toString().endsWith(".events") && queue.getConsumerCount() > 0) {
                count++;
            }
        }
        return count;
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("broker did not stop cleanly: " + e);
        }
    }
}
