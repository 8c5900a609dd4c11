package io.quartier.delivery.infrastructure.grid;

import io.quartier.delivery.application.LivePositions;
import io.quartier.delivery.domain.model.position.LivePosition;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Live positions in Payara's data grid (Hazelcast, through the JCache manager Payara binds at
 * {@code payara/CacheManager}), so every instance sees every courier's last position. When the grid is not running (Payara Micro started with {@code --nocluster}, as the launcher's single
 * instance is), the positions stay in this instance's memory: enough for one instance, and said once in the log.
 */
@ApplicationScoped
public class GridPositions implements LivePositions {

    private static final Logger LOG = Logger.getLogger(GridPositions.class.getName());
    static final String CACHE = "delivery-live-positions";

    private Cache<Long, LivePosition> grid;
    private final Map<Long, LivePosition> local = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
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
        return Optional.ofNullable(grid != null ? grid.get(courierId) : local.get(courierId));
    }

    @Override
    public void keep(LivePosition position) {
        if (grid != null) {
            grid.put(position.courierId(), position);
        } else {
            local.put(position.courierId(), position);
        }
    }

    @Override
    public Collection<LivePosition> all() {
        if (grid == null) {
            return List.copyOf(local.values());
        }
        List<LivePosition> all = new ArrayList<>();
        grid.forEach(entry -> all.add(entry.getValue()));
        return all;
    }
}
