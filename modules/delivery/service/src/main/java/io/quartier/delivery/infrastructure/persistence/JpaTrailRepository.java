package io.quartier.delivery.infrastructure.persistence;

import io.quartier.delivery.domain.model.position.TrailPoint;
import io.quartier.delivery.domain.model.position.TrailRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Couriers' kept trails in delivery's own schema. */
@ApplicationScoped
public class JpaTrailRepository extends JpaRepository<TrailPoint> implements TrailRepository {
}
