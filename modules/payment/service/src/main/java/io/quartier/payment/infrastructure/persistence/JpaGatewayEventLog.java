package io.quartier.payment.infrastructure.persistence;

import io.quartier.payment.domain.model.gateway.GatewayEvent;
import io.quartier.payment.domain.model.gateway.GatewayEventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The gateway's events in payment's schema ({@code payment_gateway_event}, keyed by the event id). Two deliveries of
 * one event at the same moment make one row: the second insert waits for the first and then inserts nothing.
 */
@ApplicationScoped
public class JpaGatewayEventLog implements GatewayEventLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean recordFirst(GatewayEvent event, Instant at) {
        return em.createNativeQuery("INSERT INTO payment_gateway_event (event_id, event_type, object_reference,"
                        + " hold_reference, received_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.objectReference())
                .setParameter(4, event.holdReference())
                .setParameter(5, Timestamp.from(at))
                .executeUpdate() == 1;
    }
}
