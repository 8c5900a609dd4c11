package io.quartier.delivery.infrastructure.grid;

import io.quartier.delivery.application.LivePositions;
import io.quartier.delivery.domain.model.position.LivePosition;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Live positions in Payara's data grid (Hazelcast, through the JCache manager Payara binds at
 * {@code payara/CacheManager}) when {@code delivery.positions.grid} is true, so that every instance of a cluster sees
 * every courier's last position; otherwise, and when the grid is not running, in this instance's memory, which is
 * enough for the launcher's single instance ({@code --nocluster}). Off by default: with {@code --nocluster}, Payara's
 * tenant control closes the WAR's entity managers from Hazelcast's operation threads, and some cache operations fail
 * ("Attempting to execute an operation on a closed EntityManager", measured in the system tests). A grid operation
 * that fails is logged and served from memory, never answered as a server error.
 */
@ApplicationScoped
public class GridPositions implements LivePositions {

    private static final Logger LOG = Logger.getLogger(GridPositions.class.getName());
    static final String CACHE = "delivery-live-positions";

    @Inject
    @ConfigProperty(name = "delivery.positions.grid", defaultValue = "false")
    boolean useGrid;

    private Cache<Long, LivePosition> grid;
    private final Map<Long, LivePosition> local = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        if (!useGrid) {
            LOG.info("Live positions are kept in this instance's memory (delivery.positions.grid is false)");
            return;
        }
        try {
            CacheManager manager = (CacheManager) new InitialContext().lookup("payara/CacheManager");
            Cache<Long, LivePosition> cache = manager.getCache(CACHE, Long.class, LivePosition.class);
            grid = cache != null ? cache : manager.createCache(CACHE,
                    new MutableConfiguration<Long, LivePosition>().setTypes(Long.class, LivePosition.class));
            LOG.info("Live positions are kept in the data grid (JCache " + manager.getURI() + ")");
        } catch (NamingException | RuntimeException | LinkageError e) {
            grid = null;
            LOG.info("No data grid (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "): live positions are kept in this instance's memory");
        }
    }

    @Override
    public Optional<LivePosition> of(long courierId) {
        if (grid != null) {
            try {
                return Optional.ofNullable(grid.get(courierId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the data grid did not give courier " + courierId + "'s position; from memory", e);
            }
        }
        return Optional.ofNullable(local.get(courierId));
    }

    /** Kept in memory always (what a failing grid falls back on), and in the grid when there is one. */
    @Override
    public void keep(LivePosition position) {
        local.put(position.courierId(), position);
        if (grid != null) {
            try {
                grid.put(position.courierId(), position);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the data grid did not keep courier " + position.courierId()
                        + "'s position; kept in memory", e);
            }
        }
    }

    @Override
    public Collection<LivePosition> all() {
        if (grid != null) {
            try {
                List<LivePosition> all = new ArrayList<>();
                grid.forEach(entry -> all.add(entry.getValue()));
                return all;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the data grid did not list the positions; from memory", e);
            }
        }
        return List.copyOf(local.values());
    }
}
