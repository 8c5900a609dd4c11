package io.quartier.delivery.domain.model.position;

/** Couriers' kept trails (port; {@code JpaTrailRepository}). */
public interface TrailRepository {

    void add(TrailPoint point);
}
