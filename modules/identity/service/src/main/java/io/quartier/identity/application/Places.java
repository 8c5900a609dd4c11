package io.quartier.identity.application;

import io.quartier.identity.api.PlaceView;
import io.quartier.identity.application.Geocoder.Place;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places found by the {@link Geocoder}: a search anyone may run (a guest saying where they are), at most
 * {@code identity.places.per-minute} (30) a minute from one client address, counted in this instance's memory like
 * {@link LoginThrottle}; and the place of a customer's address line.
 */
@ApplicationScoped
public class Places {

    private static final Logger LOG = Logger.getLogger(Places.class.getName());

    static final int MOST = 5;

    @Inject
    Geocoder geocoder;

    @Inject
    @ConfigProperty(name = "identity.places.per-minute", defaultValue = "30")
    int perMinute;

    Clock clock = Clock.systemUTC();

    private final Map<String, Window> searches = new ConcurrentHashMap<>();

    /**
     * Up to five places for the text, best first (none is an empty list); 400 {@code problem.place.query} unless the
     * text has 2 to 200 characters, 429 {@code problem.tooManySearches} past the address's limit.
     */
    public List<PlaceView> search(String text, String clientAddress) {
        if (text == null || text.strip().length() < 2 || text.length() > 200) {
            throw DomainException.invalid("problem.place.query", "a search has 2 to 200 characters");
        }
        count(clientAddress == null ? "" : clientAddress);
        return ask(text.strip(), MOST).stream().map(p -> new PlaceView(p.label(), p.latitude(), p.longitude())).toList();
    }

    /** Where the address line is: 400 {@code problem.address.notFound} when the geocoder does not know it. */
    public Place locate(String line) {
        return ask(line.strip(), 1).stream().findFirst().orElseThrow(() -> DomainException
                .invalid("problem.address.notFound", "the geocoder finds no place for this address")
                .withError("line", line));
    }

    private List<Place> ask(String text, int limit) {
        try {
            return geocoder.search(text, limit);
        } catch (Geocoder.Unavailable e) {
            LOG.log(Level.WARNING, "the geocoder did not answer", e);
            throw ProblemException.unavailable("problem.geocoderUnavailable", "the geocoder is not answering: try again");
        }
    }

    private void count(String address) {
        Instant now = clock.instant();
        if (searches.size() > 100_000) {
            searches.values().removeIf(w -> w.isOver(now));
        }
        Window window = searches.compute(address, (k, w) -> w == null || w.isOver(now) ? new Window(now, 1) : w.plusOne());
        if (window.count() > perMinute) {
            throw new ProblemException(429, "problem.tooManySearches", "too many searches from this address")
                    .retryAfter(Duration.between(now, window.start().plus(Window.LENGTH)));
        }
    }

    private record Window(Instant start, int count) {

        static final Duration LENGTH = Duration.ofMinutes(1);

        boolean isOver(Instant now) {
            return !now.isBefore(start.plus(LENGTH));
        }

        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
