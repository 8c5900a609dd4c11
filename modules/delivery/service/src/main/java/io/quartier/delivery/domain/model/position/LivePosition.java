package io.quartier.delivery.domain.model.position;

import java.io.Serializable;

/**
 * A courier's live state in the data grid: its last accepted position and the last one kept in its trail (to thin
 * the next). The grid keeps it as text (its adapter writes and reads it).
 */
public record LivePosition(long courierId, PositionReport last, PositionReport lastKept) implements Serializable {
}
