package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.event.OrderCancelled;
import io.quartier.ordering.api.event.OrderGroupSettled;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.group.OrderGroupRepository;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Multi-store orders after checkout: what their customer sees and chooses, and what a part's change means for the
 * group. Every change locks the group first, then its parts by id, so that a merchant's answer, a courier's delivery
 * and the customer's choice never interleave on one group (and never deadlock).
 */
@ApplicationScoped
public class OrderGroups {

    @Inject
    OrderGroupRepository groups;

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    Clock clock = Clock.systemUTC();

    /** A group and its parts, as read together. */
    public record Grouped(OrderGroup group, List<Order> parts) {
    }

    /** The customer's group; not found as well when it is another's. */
    public Grouped ofCustomer(long groupId, long customerId) {
        OrderGroup group = groups.byId(groupId).filter(g -> g.getCustomerId() == customerId)
                .orElseThrow(() -> DomainException.notFound("orderGroup", groupId));
        return new Grouped(group, orders.ofGroup(groupId));
    }

    /** The customer's group placed with this checkout key; empty as well when the key is another customer's. */
    public Optional<Grouped> ofCustomerByKey(long customerId, String idempotencyKey) {
        return groups.byIdempotencyKey(customerId, idempotencyKey)
                .map(group -> new Grouped(group, orders.ofGroup(group.getId())));
    }

    /** Any group, for the platform's services and staff. */
    public Grouped any(long groupId) {
        OrderGroup group = groups.byId(groupId).orElseThrow(() -> DomainException.notFound("orderGroup", groupId));
        return new Grouped(group, orders.ofGroup(groupId));
    }

    /** The customer goes on without the parts their merchants rejected. */
    @Transactional
    public Grouped goOn(long groupId, long customerId) {
        Grouped locked = locked(groupId, customerId);
        locked.group().goOn(locked.parts(), clock.instant());
        return locked;
    }

    /** The customer cancels every part still standing (all or none, before their merchants accept them). */
    @Transactional
    public Grouped cancel(long groupId, long customerId) {
        Grouped locked = locked(groupId, customerId);
        for (Order part : locked.group().cancel(locked.parts(), clock.instant())) {
            events.publish(new OrderCancelled(part.getId(), part.getCustomerId(), part.getMerchantId(),
                    part.getStoreId()));
        }
        settleIfOver(locked.group(), locked.parts());
        return locked;
    }

    /** Locks the group of an order about to change, before the order itself (see the class's comment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockGroupOf(long orderId) {
        orders.byId(orderId).map(Order::getGroupId).ifPresent(groups::byIdForUpdate);
    }

    /**
     * A part of a group changed (in the caller's transaction): a part dropped hands the delivery it carried to a part
     * still standing, and once every part is over, payment is told what to take (OrderGroupSettled).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partChanged(Order part) {
        if (part.getGroupId() == null) {
            return;
        }
        OrderGroup group = groups.byIdForUpdate(part.getGroupId()).orElseThrow();
        List<Order> parts = orders.ofGroupForUpdate(part.getGroupId());
        OrderGroup.handOverDelivery(part, parts);
        settleIfOver(group, parts);
    }

    private void settleIfOver(OrderGroup group, List<Order> parts) {
        if (group.settleIfOver(parts, clock.instant())) {
            events.publish(new OrderGroupSettled(group.getId(), group.getCustomerId(), group.getPaymentAuthorizationId(),
                    group.getCurrency(), parts.stream().filter(p -> p.getStatus() == OrderStatus.DELIVERED)
                    .map(p -> new OrderGroupSettled.Delivered(p.getId(), p.getMerchantId(),
                            p.getCourierId() == null ? 0 : p.getCourierId(), p.total().getAmountMinor())).toList()));
        }
    }

    private Grouped locked(long groupId, long customerId) {
        OrderGroup group = groups.byIdForUpdate(groupId).filter(g -> g.getCustomerId() == customerId)
                .orElseThrow(() -> DomainException.notFound("orderGroup", groupId));
        return new Grouped(group, orders.ofGroupForUpdate(groupId));
    }
}
