package io.quartier.ordering.application;

import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.domain.model.cart.CartRepository;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.group.OrderGroupRepository;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of a multi-store checkout that write ordering's own data, each in a transaction of its own (as
 * {@link CheckoutSteps} for one store): the pending group with its parts, their placing together (an OrderPlaced per
 * part), and their failure together.
 */
@ApplicationScoped
public class GroupCheckoutSteps {

    @Inject
    OrderGroupRepository groups;

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    @Inject
    CartRepository carts;

    /** This bean through its proxy, so that {@link #insert} runs in a transaction of its own. */
    @Inject
    GroupCheckoutSteps self;

    @Inject
    @ConfigProperty(name = "ordering.acceptance.deadline", defaultValue = "PT10M")
    Duration acceptanceDeadline;

    Clock clock = Clock.systemUTC();

    public Optional<OrderGroup> byKey(long customerId, String idempotencyKey) {
        return groups.byIdempotencyKey(customerId, idempotencyKey);
    }

    public OrderGroup get(long groupId) {
        return groups.byId(groupId).orElseThrow(() -> DomainException.notFound("orderGroup", groupId));
    }

    public List<Order> parts(long groupId) {
        return orders.ofGroup(groupId);
    }

    /**
     * Writes the pending group and its parts; empty when a concurrent request with the same key wrote one first (the
     * unique key refuses the second, whose transaction then rolls back: caught here, outside it).
     */
    public Optional<OrderGroup> begin(OrderGroup group, List<Order> parts) {
        return CheckoutSteps.firstWriter(() -> self.insert(group, parts), group);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(OrderGroup group, List<Order> parts) {
        groups.add(group);
        addParts(group, parts);
    }

    private void addParts(OrderGroup group, List<Order> parts) {
        for (Order part : parts) {
            part.partOf(group.getId(), "group-" + group.getId() + "-" + part.getStoreId());
            orders.add(part);
        }
    }

    /**
     * Every part's stock held and the group's payment authorised: every part is placed (scheduled, for a slot) with
     * its OrderPlaced, and the stores' lines leave the customer's kept basket, together. A part given up meanwhile (by
     * the recovery) fails the whole group instead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderGroup place(long groupId, long authorizationId) {
        OrderGroup group = locked(groupId);
        List<Order> parts = orders.ofGroupForUpdate(groupId);
        if (group.getStatus() != OrderStatus.PENDING) {
            return group;
        }
        if (parts.stream().anyMatch(p -> p.getStatus() != OrderStatus.PENDING)) {
            failAll(group, parts, 409, "problem.order.abandoned");
            return group;
        }
        group.placed(authorizationId, clock.instant());
        for (Order part : parts) {
            if (part.getScheduledFor() == null) {
                part.placed(authorizationId, clock.instant().plus(acceptanceDeadline));
            } else {
                part.scheduled(authorizationId);
            }
            events.publish(new OrderPlaced(part.getId(), part.getCustomerId(), part.getMerchantId(), part.getStoreId(),
                    part.total().getAmountMinor(), part.getCurrency(), authorizationId, part.getScheduledFor(),
                    part.getLines().stream()
                    .map(l -> new OrderPlaced.Line(l.getProductId(), l.getName(), l.getQuantity())).toList()));
            carts.ofCustomerForUpdate(part.getCustomerId())
                    .ifPresent(cart -> cart.ordered(part.getStoreId(), clock.instant()));
        }
        return group;
    }

    /**
     * As {@link #begin}, for the checkout asked again after the bank's 3-D Secure challenge: the failed group gives its
     * Idempotency-Key up to the new one in the same transaction (see {@link OrderGroup#retireKey}), so that a request
     * with the key at the same moment finds the one or the other, never neither (which would be a new checkout asking
     * the bank again). Empty when a concurrent request took the key first.
     */
    public Optional<OrderGroup> beginInsteadOf(long failedId, OrderGroup group, List<Order> parts) {
        return CheckoutSteps.firstWriter(() -> self.insertInsteadOf(failedId, group, parts), group);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insertInsteadOf(long failedId, OrderGroup group, List<Order> parts) {
        OrderGroup failed = locked(failedId);
        if (!failed.getIdempotencyKey().equals(group.getIdempotencyKey())) {
            return false;
        }
        groups.addInsteadOf(failed, group);
        addParts(group, parts);
        return true;
    }

    /** A step refused: the group and every part still pending fail with that problem. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrderGroup fail(long groupId, int status, String code) {
        OrderGroup group = locked(groupId);
        List<Order> parts = orders.ofGroupForUpdate(groupId);
        if (group.getStatus() == OrderStatus.PENDING) {
            failAll(group, parts, status, code);
        }
        return group;
    }

    private void failAll(OrderGroup group, List<Order> parts, int status, String code) {
        group.failed(status, code, clock.instant());
        parts.stream().filter(p -> p.getStatus() == OrderStatus.PENDING).forEach(p -> p.failed(status, code));
    }

    private OrderGroup locked(long groupId) {
        return groups.byIdForUpdate(groupId).orElseThrow(() -> DomainException.notFound("orderGroup", groupId));
    }
}
