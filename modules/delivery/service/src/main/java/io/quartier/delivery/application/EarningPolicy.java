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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rates jobs are paid by, from configuration ({@code delivery.earnings.*}). A job earns in the currency of the
 * order it delivers, so a courier is paid in the money its customers paid. The amounts ({@code *-minor}) are minor
 * units of that currency; a currency whose money is worth far less or more overrides any of them with
 * {@code delivery.earnings.<CURRENCY>.<name>} (say {@code delivery.earnings.MAD.base-minor=3000}), the others apply
 * as they are. {@code delivery.earnings.currency} is the currency of an order that names none (events from before
 * orders sent theirs) and of a courier's earnings before its first job.
 */
@ApplicationScoped
public class EarningPolicy {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Inject
    @ConfigProperty(name = "delivery.earnings.currency", defaultValue = "EUR")
    String currency;

    @Inject
    Config config;

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

    /** A per-currency amount by its name ({@code delivery.earnings.MAD.base-minor}), if configured. */
    Function<String, Optional<Long>> overrides = name -> Optional.empty();

    private final Map<String, EarningRates> byCurrency = new ConcurrentHashMap<>();

    @PostConstruct
    void read() {
        List<PeakWindow> peaks = Arrays.stream(peakHours.split(",")).filter(s -> !s.isBlank())
                .map(PeakWindow::parse).toList();
        rates = new EarningRates(currency, baseMinor, perKilometerMinor, roadFactor, perWaitingMinuteMinor,
                waitingGrace, maxWaiting, peakMinor, peaks, ZoneId.of(zone), extraPickupMinor);
        if (config != null) {
            overrides = name -> config.getOptionalValue(name, Long.class);
        }
    }

    /** The rates in the default currency. */
    public EarningRates rates() {
        return rates;
    }

    /** The rates of a job for an order in {@code orderCurrency}; the default currency's when it names none. */
    public EarningRates rates(String orderCurrency) {
        if (orderCurrency == null || !CURRENCY.matcher(orderCurrency).matches() || orderCurrency.equals(currency)) {
            return rates;
        }
        return byCurrency.computeIfAbsent(orderCurrency, c -> rates.in(c, amount(c, "base-minor", baseMinor),
                amount(c, "per-km-minor", perKilometerMinor),
                amount(c, "per-waiting-minute-minor", perWaitingMinuteMinor),
                amount(c, "peak-bonus-minor", peakMinor), amount(c, "extra-pickup-minor", extraPickupMinor)));
    }

    private long amount(String currency, String name, long otherwise) {
        return overrides.apply("delivery.earnings." + currency + "." + name).orElse(otherwise);
    }
}
