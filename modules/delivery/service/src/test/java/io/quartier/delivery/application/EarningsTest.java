package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quartier.delivery.api.EarningsSummary;
import io.quartier.delivery.api.JobEarning;
import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.event.OrderAccepted;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarningsTest {

    /** A Saturday, 20:00 in Paris: a peak time. */
    static final Instant NOW = DispatchTest.NOW;

    private final InMemory.Jobs jobs = new InMemory.Jobs();
    private final InMemory.Couriers couriers = new InMemory.Couriers();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Dispatch dispatch = InMemory.dispatch(jobs, couriers, events, NOW);
    private final Earnings earnings = new Earnings();

    EarningsTest() {
        Courier carlos = new Courier(20, "Carlos", NOW);
        carlos.approve();
        couriers.add(carlos);
        earnings.jobs = jobs;
        earnings.policy = InMemory.earnings();
        earnings.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void theOfferShowsBaseDistancePeakAndTipAndTheEarningsPageSumsTheSame() {
        dispatch.create(DispatchTest.accepted(NOW));
        DeliveryJob job = jobs.byId.firstEntry().getValue();
        JobEarning offered = Earnings.view(job.getEarning());
        // 48.85,2.35 to 48.86,2.34: 1.33 km straight, 1.73 km by road.
        assertEquals(300, offered.baseMinor());
        assertEquals(Math.round(offered.distanceMeters() * 80 / 1000.0), offered.distanceMinor());
        assertEquals(150, offered.peakMinor());
        assertEquals(250, offered.tipMinor());
        assertEquals(0, offered.waitingMinor());

        dispatch.assignByHand(job.getId(), 20);
        dispatch.pickUp(job.getId(), 20, job.getPickupCode());
        dispatch.deliver(job.getId(), 20, job.getDeliveryCode());

        EarningsSummary summary = earnings.of(20);
        assertEquals(7, summary.days().size());
        assertEquals(LocalDate.of(2026, 11, 28), summary.days().get(0).date());
        assertEquals(1, summary.days().get(0).jobs());
        assertEquals(offered.totalMinor(), summary.days().get(0).totalMinor());
        assertEquals(offered.totalMinor(), summary.weekTotalMinor());
        assertEquals(offered, summary.jobs().get(0).earning());
        assertEquals(0, earnings.of(21).weekJobs(), "another courier earns nothing from it");
    }

    @Test
    void aJobEarnsInItsOrdersCurrencyWithItsTipAtTheAmountsOfThatCurrency() {
        dispatch.earnings.overrides = name -> name.equals("delivery.earnings.MAD.base-minor") ? Optional.of(3000L)
                : Optional.empty();
        dispatch.create(accepted(6, 500L, "GBP"));
        dispatch.create(accepted(7, 900L, "MAD"));
        dispatch.create(accepted(8, 100L, null));

        JobEarning pounds = Earnings.view(jobs.byOrder(6).orElseThrow().getEarning());
        JobEarning dirhams = Earnings.view(jobs.byOrder(7).orElseThrow().getEarning());
        JobEarning unsaid = Earnings.view(jobs.byOrder(8).orElseThrow().getEarning());
        assertEquals("GBP", pounds.currency());
        assertEquals(500, pounds.tipMinor(), "a tip in the order's currency is the courier's");
        assertEquals(300, pounds.baseMinor(), "no amounts of its own: the configured minor units");
        assertEquals("MAD", dirhams.currency());
        assertEquals(900, dirhams.tipMinor());
        assertEquals(3000, dirhams.baseMinor(), "its own base");
        assertEquals(150, dirhams.peakMinor(), "the others as configured");
        assertEquals("EUR", unsaid.currency(), "an order that names no currency earns in the default one");
    }

    @Test
    void theDeliveryTellsWhatTheJobPaysBesideItsTipInItsCurrency() {
        dispatch.create(accepted(7, 900L, "MAD"));
        DeliveryJob job = jobs.byOrder(7).orElseThrow();
        dispatch.assignByHand(job.getId(), 20);
        dispatch.pickUp(job.getId(), 20, job.getPickupCode());
        dispatch.deliver(job.getId(), 20, job.getDeliveryCode());

        Delivered delivered = events.stream().filter(Delivered.class::isInstance).map(Delivered.class::cast)
                .findFirst().orElseThrow();
        JobEarning shown = earnings.of(20).jobs().get(0).earning();
        assertEquals(new Delivered(job.getId(), 7, 20, shown.totalMinor() - 900, "MAD"), delivered);
        assertEquals("MAD", earnings.of(20).currency(), "the courier's earnings in the currency of its jobs");
        assertEquals(shown.totalMinor(), earnings.of(20).weekTotalMinor());
    }

    private static OrderAccepted accepted(long orderId, Long tip, String currency) {
        return new OrderAccepted(orderId, 42, 7, 1, "Chez Marcel", "1 rue X", "2 rue Y", NOW, 48.86, 2.34, tip,
                currency, null);
    }

    @Test
    void aDeletedCustomersDeliveredJobForgetsTheDropOffAndAJobUnderWayForgetsItOnDelivery() {
        dispatch.create(DispatchTest.accepted(NOW));
        DeliveryJob job = jobs.byId.firstEntry().getValue();
        dispatch.assignByHand(job.getId(), 20);
        CustomerErasure erasure = new CustomerErasure();
        erasure.jobs = jobs;

        erasure.erase(42);
        assertEquals("2 rue Y", job.getDropoffAddress(), "the courier still needs it");

        dispatch.pickUp(job.getId(), 20, job.getPickupCode());
        dispatch.deliver(job.getId(), 20, job.getDeliveryCode());
        assertEquals("", job.getDropoffAddress());
        assertNull(job.getDropoffLatitude());
    }
}
