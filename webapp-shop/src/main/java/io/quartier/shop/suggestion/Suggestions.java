package io.quartier.shop.suggestion;

import io.quartier.recommendation.api.Preference;
import io.quartier.recommendation.api.RecommendationApi;
import io.quartier.recommendation.api.RecommendationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Asks the optional recommendation module, never making a page wait for it long: the connection and the answer are
 * each bounded ({@code shop.suggestions.connect-timeout-ms}, {@code shop.suggestions.read-timeout-ms}); an error, a
 * timeout or a module that is not there is an empty answer, and after one the module is left alone for
 * {@code shop.suggestions.quiet-after-failure}, so that pages served meanwhile do not even try. Without a
 * {@code recommendation/mp-rest/url} the module is not part of this platform and nothing is asked.
 */
@ApplicationScoped
public class Suggestions {

    /** Suggestions one strip shows. */
    static final int STRIP_SIZE = 6;
    /** Stores one request names (the module takes 100). */
    static final int MAX_STORES = 100;

    private static final Logger LOG = Logger.getLogger(Suggestions.class.getName());

    private final Optional<RecommendationApi> module;
    private final Duration quiet;
    private final Clock clock;
    private volatile Instant quietUntil = Instant.MIN;

    @Inject
    Suggestions(Config config) {
        this(config.getOptionalValue("recommendation/mp-rest/url", String.class).map(url -> RestClientBuilder
                        .newBuilder()
                        .baseUri(URI.create(url))
                        .connectTimeout(config.getOptionalValue("shop.suggestions.connect-timeout-ms", Long.class)
                                .orElse(300L), TimeUnit.MILLISECONDS)
                        .readTimeout(config.getOptionalValue("shop.suggestions.read-timeout-ms", Long.class)
                                .orElse(500L), TimeUnit.MILLISECONDS)
                        .build(RecommendationApi.class)),
                config.getOptionalValue("shop.suggestions.quiet-after-failure", String.class).map(Duration::parse)
                        .orElse(Duration.ofSeconds(5)), Clock.systemUTC());
    }

    Suggestions(Optional<RecommendationApi> module, Duration quiet, Clock clock) {
        this.module = module;
        this.quiet = quiet;
        this.clock = clock;
    }

    /** CDI's proxy. */
    protected Suggestions() {
        this(Optional.empty(), Duration.ZERO, Clock.systemUTC());
    }

    /** Suggestions for the customer among the stores delivering to its place; empty when the module cannot say. */
    public List<RecommendationView> near(String bearer, Collection<Long> stores) {
        if (stores.isEmpty()) {
            return List.of();
        }
        String near = stores.stream().limit(MAX_STORES).map(String::valueOf).collect(Collectors.joining(","));
        return ask(api -> api.recommendations(bearer, null, near, STRIP_SIZE)).orElse(List.of());
    }

    /** Suggestions for the customer in one store; empty when the module cannot say. */
    public List<RecommendationView> inStore(String bearer, long store) {
        return ask(api -> api.recommendations(bearer, store, null, STRIP_SIZE)).orElse(List.of());
    }

    /** Whether the customer wants suggestions; empty when the module cannot say. */
    public Optional<Boolean> wanted(String bearer) {
        return ask(api -> api.preference(bearer).enabled());
    }

    /** The customer's choice, as the module keeps it; empty when the module could not take it. */
    public Optional<Boolean> choose(String bearer, boolean enabled) {
        return ask(api -> api.choose(bearer, new Preference(enabled)).enabled());
    }

    private <T> Optional<T> ask(Function<RecommendationApi, T> call) {
        if (module.isEmpty() || clock.instant().isBefore(quietUntil)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(call.apply(module.get()));
        } catch (RuntimeException e) {
            quietUntil = clock.instant().plus(quiet);
            LOG.log(Level.INFO, "recommendation module unavailable (" + e + "); pages go without it for " + quiet);
            return Optional.empty();
        }
    }
}
