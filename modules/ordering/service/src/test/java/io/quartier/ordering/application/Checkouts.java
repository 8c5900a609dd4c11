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
