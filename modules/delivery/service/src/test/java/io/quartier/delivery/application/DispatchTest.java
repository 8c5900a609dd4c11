package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.JobOffered;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.event.OrderAccepted;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DispatchTest {

    private final Jobs jobs = new Jobs();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Dispatch dispatch = new Dispatch();

    DispatchTest() {
        dispatch.jobs = jobs;
        dispatch.events = events::add;
    }

    @Test
    void anAcceptedOrderIsOfferedOnceHoweverOftenItsEventComes() {
        OrderAccepted accepted = new OrderAccepted(5, 42, 7, 1, "Chez Marcel", "1 rue X", "2 rue Y", null);

        dispatch.offer(accepted);
        dispatch.offer(accepted);

        assertEquals(1, jobs.byId.size());
        JobOffered offered = (JobOffered) events.get(0);
        assertEquals(5, offered.orderId());
        assertEquals(1, events.size());
    }

    @Test
    void theCourierWhoPicksUpDeliversAndEachStepIsPublished() {
        dispatch.offer(new OrderAccepted(5, 42, 7, 1, "Chez Marcel", "1 rue X", "2 rue Y", null));
        long job = jobs.byId.firstKey();

        dispatch.pickUp(job, 20);
        DeliveryJob delivered = dispatch.deliver(job, 20);

        assertEquals(DeliveryJob.Status.DELIVERED, delivered.getStatus());
        assertEquals(List.of("JobOffered", "PickedUp", "Delivered"), events.stream().map(DomainEvent::eventType).toList());
        assertEquals(20, ((Delivered) events.get(2)).courierId());
    }

    @Test
    void anotherCouriersJobIsNotFoundAndNothingIsPublished() {
        dispatch.offer(new OrderAccepted(5, 42, 7, 1, "Chez Marcel", "1 rue X", "2 rue Y", null));
        long job = jobs.byId.firstKey();
        dispatch.pickUp(job, 20);

        DomainException refused = assertThrows(DomainException.class, () -> dispatch.deliver(job, 21));

        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
        assertEquals(2, events.size());
    }

    /** Jobs in a map, numbered as the database would. */
    private static final class Jobs implements JobRepository {

        final TreeMap<Long, DeliveryJob> byId = new TreeMap<>();

        @Override
        public Optional<DeliveryJob> byIdForUpdate(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean existsForOrder(long orderId) {
            return byId.values().stream().anyMatch(j -> j.getOrderId() == orderId);
        }

        @Override
        public List<DeliveryJob> openFor(long courierId) {
            return byId.values().stream().filter(j -> j.isVisibleTo(courierId)).toList();
        }

        @Override
        public void add(DeliveryJob job) {
            long id = byId.size() + 1L;
            try {
                Field field = DeliveryJob.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(job, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byId.put(id, job);
        }
    }
}
