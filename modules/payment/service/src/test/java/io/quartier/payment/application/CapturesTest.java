package io.quartier.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.payment.api.event.PaymentCaptured;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturesTest {

    private final InMemoryHolds store = new InMemoryHolds();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Captures captures = new Captures();

    CapturesTest() {
        captures.authorizations = store;
        captures.gateway = store;
        captures.events = events::add;
    }

    @Test
    void aDeliveredOrderCapturesTheHoldItRecordedOnceAndReleasesAnyOther() {
        Authorization recorded = store.hold("7", 1850, Instant.now());
        Authorization extra = store.hold("7", 1850, Instant.now());
        OrderDelivered delivered = delivered(7, recorded.getId(), 1850);

        captures.captureDeliveredOrder(delivered);
        captures.captureDeliveredOrder(delivered);

        assertEquals(List.of(recorded.getGatewayReference()), store.captured);
        assertEquals(AuthorizationStatus.CAPTURED, recorded.getStatus());
        assertEquals(AuthorizationStatus.VOIDED, extra.getStatus());
        assertEquals(List.of(new PaymentCaptured(recorded.getId(), "7", 1850, "EUR")), events);
    }

    @Test
    void aHoldOfAnotherOrderOrForAnotherAmountIsNeverCaptured() {
        Authorization other = store.hold("8", 1850, Instant.now());
        Authorization cheaper = store.hold("7", 990, Instant.now());

        assertThrows(IllegalStateException.class, () -> captures.captureDeliveredOrder(delivered(7, other.getId(), 1850)));
        assertThrows(IllegalStateException.class,
                () -> captures.captureDeliveredOrder(delivered(7, cheaper.getId(), 1850)));

        assertTrue(store.captured.isEmpty());
        assertTrue(events.isEmpty());
    }

    private static OrderDelivered delivered(long orderId, long authorizationId, long totalMinor) {
        return new OrderDelivered(orderId, 42, 3, 20, authorizationId, totalMinor, "EUR");
    }
}
