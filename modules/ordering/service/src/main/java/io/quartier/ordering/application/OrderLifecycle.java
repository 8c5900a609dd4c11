package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.RejectionReason;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderInPreparation;
import io.quartier.ordering.api.event.OrderReady;
import io.quartier.ordering.api.event.OrderReleased;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderRejected;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderDeliveryFailed;
import io.quartier.ordering.api.event.OrderPickedUp;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.function.Predicate;

/** Moves a placed order through its life; each step and its event commit together. */
@ApplicationScoped
public class OrderLifecycle {

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    @Inject
    OrderGroups groups;

    @Inject
    @ConfigProperty(name = "ordering.acceptance.deadline", defaultValue = "PT10M")
    Duration acceptanceDeadline;

    @Transactional
    public Order accept(long orderId, long merchantId, int preparationMinutes) {
        Order order = find(orderId, o -> o.getMerchantId() == merchantId);
        order.accept(preparationMinutes, Instant.now());
        events.publish(new OrderAccepted(order.getId(), order.getCustomerId(), order.getMerchantId(),
                order.getStoreId(), order.getStoreName(), order.getStoreAddress(), order.getDeliveryAddress(),
                order.getReadyBy(), order.getDeliveryLatitude(), order.getDeliveryLongitude(),
                order.getTip().getAmountMinor(), order.getCurrency(), order.getGroupId(), order.getScheduledFor()));
        return order;
    }

    @Transactional
    public Order startPreparing(long orderId, long merchantId) {
        Order order = find(orderId, o -> o.getMerchantId() == merchantId);
        order.startPreparing();
        events.publish(new OrderInPreparation(order.getId(), order.getCustomerId(), order.getMerchantId()));
        return order;
    }

    @Transactional
    public Order ready(long orderId, long merchantId) {
        Order order = find(orderId, o -> o.getMerchantId() == merchantId);
        order.ready();
        events.publish(new OrderReady(order.getId(), order.getCustomerId(), order.getMerchantId(), order.getStoreId()));
        return order;
    }

    /** A print of an order's kitchen ticket: the order as it is, and which print this is (1 the first). */
    public record TicketPrint(Order order, int print) {
    }

    /** Counts a print of the order's kitchen ticket. */
    @Transactional
    public TicketPrint printTicket(long orderId, long merchantId) {
        Order order = find(orderId, o -> o.getMerchantId() == merchantId);
        return new TicketPrint(order, order.printTicket());
    }

    /** The merchant says no, with a reason; OrderRejected gives the stock and the payment hold back. */
    @Transactional
    public Order reject(long orderId, long merchantId, RejectionReason reason) {
        Order order = find(orderId, o -> o.getMerchantId() == merchantId);
        order.reject(reason);
        publishRejected(order);
        groups.partChanged(order);
        return order;
    }

    /** The customer changes their mind before acceptance; OrderCancelled gives the stock and the hold back. */
    @Transactional
    public Order cancel(long orderId, long customerId) {
        Order order = find(orderId, o -> o.getCustomerId() == customerId);
        order.cancelByCustomer();
        events.publish(new OrderCancelled(order.getId(), order.getCustomerId(), order.getMerchantId(), order.getStoreId()));
        groups.partChanged(order);
        return order;
    }

    /** Rejects the placed orders nobody accepted before their deadline; returns how many. */
    @Transactional
    public int rejectUnaccepted() {
        Instant now = Instant.now();
        int rejected = 0;
        for (long id : orders.unacceptedBy(now, 100)) {
            groups.lockGroupOf(id);
            Order order = orders.byIdForUpdate(id).orElseThrow();
            if (order.rejectIfUnacceptedBy(now)) {
                publishRejected(order);
                groups.partChanged(order);
                rejected++;
            }
        }
        return rejected;
    }

    /**
     * Releases the scheduled orders whose time has come to their merchants, each with the usual time to accept;
     * returns how many. Run by the clock, from the database: a restart misses none, only releases them late.
     */
    @Transactional
    public int releaseScheduled() {
        Instant now = Instant.now();
        int released = 0;
        for (long id : orders.dueForRelease(now, 100)) {
            Order order = orders.byIdForUpdate(id).orElseThrow();
            if (order.releaseIfDueBy(now, now.plus(acceptanceDeadline))) {
                events.publish(new OrderReleased(order.getId(), order.getCustomerId(), order.getMerchantId(),
                        order.getStoreId(), order.getScheduledFor(), order.getAcceptBy()));
                released++;
            }
        }
        return released;
    }

    private void publishRejected(Order order) {
        events.publish(new OrderRejected(order.getId(), order.getCustomerId(), order.getMerchantId(), order.getStoreId(),
                order.getRejectionReason().name()));
    }

    @Transactional
    public void pickedUp(long orderId, long courierId) {
        Order order = find(orderId);
        order.pickedUp(courierId);
        events.publish(new OrderPickedUp(order.getId(), order.getCustomerId(), order.getMerchantId(), courierId));
    }

    /** The order's courier as delivery assigned it, before pickup (pickup confirms it). */
    @Transactional
    public void courierAssigned(long orderId, long courierId) {
        find(orderId).courierAssigned(courierId);
    }

    @Transactional
    public void delivered(long orderId) {
        Order order = find(orderId);
        order.delivered();
        events.publish(new OrderDelivered(order.getId(), order.getCustomerId(), order.getMerchantId(),
                order.getCourierId(), order.getPaymentAuthorizationId(), order.total().getAmountMinor(),
                order.getCurrency()));
        groups.partChanged(order);
    }

    /**
     * Its courier could not deliver the order; OrderDeliveryFailed releases its payment hold, and a multi-store order
     * settles without it once its other parts are over.
     */
    @Transactional
    public void deliveryFailed(long orderId, String reason, String note) {
        Order order = find(orderId);
        order.deliveryFailed(reason, note);
        events.publish(new OrderDeliveryFailed(order.getId(), order.getCustomerId(), order.getMerchantId(),
                order.getStoreId(), reason));
        groups.partChanged(order);
    }

    private Order find(long orderId) {
        return find(orderId, order -> true);
    }

    /**
     * The order, locked for the change (after its multi-store order's group, see {@link OrderGroups}); "not found" as
     * well when it is not the caller's ({@code whose}).
     */
    private Order find(long orderId, Predicate<Order> whose) {
        groups.lockGroupOf(orderId);
        return orders.byIdForUpdate(orderId).filter(whose)
                .orElseThrow(() -> DomainException.notFound("order", orderId));
    }
}
