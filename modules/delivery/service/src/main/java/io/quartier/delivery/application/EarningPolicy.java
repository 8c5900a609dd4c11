package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.earning.EarningRates;
import io.quartier.delivery.domain.model.earning.EarningRates.PeakWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rates jobs are paid by, from configuration ({@code delivery.earnings.*}). */
@ApplicationScoped
public class EarningPolicy {

    @Inject
    @ConfigProperty(name = "delivery.earnings.currency", defaultValue = "EUR")
    String currency;

    @Inject
    @ConfigProperty(name = "delivery.earnings.base-minor", defaultValue = "300")
    long baseMinor;

    @Inject
    @ConfigProperty(name = "delivery.earnings.per-km-minor", defaultValue = "80")
    long perKilometerMinor;

    @Inject
    @ConfigProperty(name = "delivery.routing.road-factor", defaultValue = "1.3")
    double roadFactor;

    @Inject
    @ConfigProperty(name = "delivery.earnings.per-waiting-minute-minor", defaultValue = "10")
    long perWaitingMinuteMinor;

    @Inject
    @ConfigProperty(name = "delivery.earnings.waiting-grace", defaultValue = "PT5M")
    Duration waitingGrace;

    @Inject
    @ConfigProperty(name = "delivery.earnings.max-waiting", defaultValue = "PT30M")
    Duration maxWaiting;

    @Inject
    @ConfigProperty(name = "delivery.earnings.peak-bonus-minor", defaultValue = "150")
    long peakMinor;

    @Inject
    @ConfigProperty(name = "delivery.earnings.peak-hours", defaultValue = "11:30-14:00,18:30-21:30")
    String peakHours;

    @Inject
    @ConfigProperty(name = "delivery.earnings.zone", defaultValue = "Europe/Paris")
    String zone;

    /** What each further store of a multi-store order's tour pays, in place of the base. */
    @Inject
    @ConfigProperty(name = "delivery.earnings.extra-pickup-minor", defaultValue = "150")
    long extraPickupMinor;

    private EarningRates rates;

    @PostConstruct
    void read() {
        List<PeakWindow> peaks = Arrays.stream(peakHours.split(",")).filter(s -> !s.isBlank())
                .map(PeakWindow::parse).toList();
        rates = new EarningRates(currency, baseMinor, perKilometerMinor, roadFactor, perWaitingMinuteMinor,
                waitingGrace, maxWaiting, peakMinor, peaks, ZoneId.of(zone), extraPickupMinor);
    }

    public EarningRates rates() {
        return rates;
    }
}
