package io.quartier.ordering.application;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.event.OrderAccepted;
import io.quartier.ordering.api.event.OrderDelivered;
import io.quartier.ordering.api.event.OrderPickedUp;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.infrastructure.messaging.JmsOrderEvents;
import io.quartier.ordering.infrastructure.persistence.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Moves an order through its life; each step and its event commit together. */
@ApplicationScoped
public class OrderLifecycle {

    @Inject
    OrderRepository orders;

    @Inject
    JmsOrderEvents events;

    @Transactional
    public Order accept(long orderId, long merchantId) {
        Order order = orders.byIdForUpdate(orderId)
                .filter(o -> o.getMerchantId() == merchantId)
                .orElseThrow(() -> ProblemException.notFound("order", orderId));
        order.accept();
        events.publish(new OrderAccepted(order.getId(), order.getCustomerId(), order.getMerchantId(),
                order.getStoreId(), order.getStoreName(), order.getStoreAddress(), order.getDeliveryAddress()));
        return order;
    }

    @Transactional
    public void pickedUp(long orderId, long courierId) {
        Order order = find(orderId);
        order.pickedUp(courierId);
        events.publish(new OrderPickedUp(order.getId(), order.getCustomerId(), order.getMerchantId(), courierId));
    }

    @Transactional
    public void delivered(long orderId) {
        Order order = find(orderId);
        order.delivered();
        events.publish(new OrderDelivered(order.getId(), order.getCustomerId(), order.getMerchantId(),
                order.getCourierId(), order.getPaymentAuthorizationId(), order.total().getAmountMinor(),
                order.getCurrency()));
    }

    private Order find(long orderId) {
        return orders.byIdForUpdate(orderId).orElseThrow(() -> ProblemException.notFound("order", orderId));
    }
}
