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
 * one event at the same moment: the second insert breaks the key, its transaction rolls back, and the gateway, answered
 * with an error, delivers again and finds the event recorded.
 */
@ApplicationScoped
public class JpaGatewayEventLog implements GatewayEventLog {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean recordFirst(GatewayEvent event, Instant at) {
        Number seen = (Number) em.createNativeQuery("SELECT COUNT(*) FROM payment_gateway_event WHERE event_id = ?1")
                .setParameter(1, event.id())
                .getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO payment_gateway_event (event_id, event_type, object_reference, hold_reference,"
                        + " received_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.objectReference())
                .setParameter(4, event.holdReference())
                .setParameter(5, Timestamp.from(at))
                .executeUpdate();
        return true;
    }
}
