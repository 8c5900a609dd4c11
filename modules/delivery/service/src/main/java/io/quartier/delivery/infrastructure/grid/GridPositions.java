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
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Live positions in Payara's data grid: a Hazelcast map of the instance Payara binds at {@code payara/Hazelcast}, so
 * that every instance of a cluster sees every courier's last position (a single instance keeps its own). Each entry is
 * text ({@link PositionText}): no class of this WAR travels through the grid, so no instance needs it to read an entry
 * and Payara's per-application context is never entered on the grid's threads (its JCache caches do enter it, and with
 * {@code --nocluster} closed the WAR's entity managers from there: measured in the system tests). With
 * {@code delivery.positions.grid} false, or when no grid answers the lookup, positions stay in this instance's memory;
 * a grid operation that fails is logged and served from memory, never answered as a server error.
 */
@ApplicationScoped
public class GridPositions implements LivePositions {

    private static final Logger LOG = Logger.getLogger(GridPositions.class.getName());
    static final String MAP = "delivery-live-positions";

    @Inject
    @ConfigProperty(name = "delivery.positions.grid", defaultValue = "true")
    boolean useGrid;

    private ConcurrentMap<Long, String> grid;
    private final Map<Long, LivePosition> local = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        if (!useGrid) {
            LOG.info("Live positions are kept in this instance's memory (delivery.positions.grid is false)");
            return;
        }
        try {
            grid = PayaraGrid.map(MAP);
            LOG.info("Live positions are kept in the data grid (" + PayaraGrid.describe(MAP) + ")");
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
                return Optional.ofNullable(grid.get(courierId)).map(text -> PositionText.read(courierId, text));
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
                grid.put(position.courierId(), PositionText.write(position));
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
                grid.forEach((courierId, text) -> all.add(PositionText.read(courierId, text)));
                return all;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the data grid did not list the positions; from memory", e);
            }
        }
        return List.copyOf(local.values());
    }
}
