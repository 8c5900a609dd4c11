package io.quartier.delivery.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The Hazelcast instance Payara runs as its data grid ({@code payara/Hazelcast}). The only class that names Hazelcast's
 * types, so that a server without them fails the lookup here, where it is caught, rather than the deployment.
 */
final class PayaraGrid {

    private static final String JNDI = "payara/Hazelcast";

    private PayaraGrid() {
    }

    /** The grid's map {@code name}, shared by every member of the cluster. */
    static ConcurrentMap<Long, String> map(String name) throws NamingException {
        return instance().getMap(name);
    }

    /** The map and the grid it lives in, for the log. */
    static String describe(String name) throws NamingException {
        HazelcastInstance hazelcast = instance();
        return "Hazelcast map " + name + " of " + hazelcast.getName() + ", " + hazelcast.getCluster().getMembers().size()
                + " member(s)";
    }

    private static HazelcastInstance instance() throws NamingException {
        return (HazelcastInstance) new InitialContext().lookup(JNDI);
    }
}
