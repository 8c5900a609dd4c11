package io.quartier.ordering.application;

import io.quartier.ordering.api.PlaceOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Checkout and its recovery wired to in-memory adapters of their ports, as the container wires the real ones. */
class Checkouts {

    static final long CUSTOMER = 42;

    final InMemoryOrders orders = new InMemoryOrders();
    final RecordedEvents events = new RecordedEvents();
    final FakeCatalog catalog = new FakeCatalog();
    final FakePayments payments = new FakePayments();
    final FakePromotions promotions = new FakePromotions();
    final InMemoryCarts carts = new InMemoryCarts();
    final CheckoutSteps steps = new CheckoutSteps();
    final Checkout checkout = new Checkout();
    final CheckoutRecovery recovery = new CheckoutRecovery();
    final InMemoryOrderGroups groups = new InMemoryOrderGroups();
    final GroupCheckoutSteps groupSteps = new GroupCheckoutSteps();
    final GroupCheckout groupCheckout = new GroupCheckout();
    final OrderGroups orderGroups = new OrderGroups();
    final OrderLifecycle lifecycle = new OrderLifecycle();

    Checkouts() {
        steps.orders = orders;
        steps.events = events;
        steps.carts = carts;
        steps.self = steps;
        steps.acceptanceDeadline = Duration.ofMinutes(10);
        checkout.steps = steps;
        checkout.catalog = catalog;
        checkout.payments = payments;
        checkout.promotions = promotions;
        checkout.resumeAfter = Duration.ofSeconds(15);
        checkout.releaseAhead = Duration.ofMinutes(15);
        groupSteps.groups = groups;
        groupSteps.orders = orders;
        groupSteps.events = events;
        groupSteps.carts = carts;
        groupSteps.self = groupSteps;
        groupSteps.acceptanceDeadline = Duration.ofMinutes(10);
        groupCheckout.steps = groupSteps;
        groupCheckout.checkout = checkout;
        groupCheckout.catalog = catalog;
        groupCheckout.payments = payments;
        groupCheckout.promotions = promotions;
        groupCheckout.resumeAfter = Duration.ofSeconds(15);
        orderGroups.groups = groups;
        orderGroups.orders = orders;
        orderGroups.events = events;
        lifecycle.orders = orders;
        lifecycle.events = events;
        lifecycle.groups = orderGroups;
        lifecycle.acceptanceDeadline = Duration.ofMinutes(10);
        recovery.groupSteps = groupSteps;
        recovery.steps = steps;
        recovery.checkout = checkout;
        recovery.giveUpAfter = Duration.ofMinutes(2);
    }

    static PlaceOrder soupAndBread() {
        return new PlaceOrder(FakeCatalog.STORE, List.of(new PlaceOrder.Line(FakeCatalog.SOUP, 2),
                new PlaceOrder.Line(FakeCatalog.BREAD, 1)), 3, "2 rue Y");
    }

    Checkout.Placement place(String key) {
        return checkout.place(CUSTOMER, key, soupAndBread());
    }

    /** Moves every clock of checkout and its recovery on, as if {@code later} had passed. */
    void later(Duration later) {
        Clock moved = Clock.offset(Clock.systemUTC(), later);
        checkout.clock = moved;
        recovery.clock = moved;
    }
}
