package io.quartier.ordering.infrastructure.promotion;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.application.Promotions;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.promotion.api.PromotionApi;
import io.quartier.promotion.api.QuoteRequest;
import io.quartier.promotion.api.QuoteView;
import io.quartier.promotion.api.Reservation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Promotion over REST, as the ordering service, in checkout's terms. Asking for offers has a short timeout and, after
 * a failure, a quiet spell in which checkout does not ask at all, so a stopped or slow promotion service costs a
 * checkout at most one short wait.
 */
@ApplicationScoped
public class RestPromotions implements Promotions {

    private static final Logger LOG = Logger.getLogger(RestPromotions.class.getName());

    @Inject
    @ConfigProperty(name = "promotion/mp-rest/url", defaultValue = "http://localhost:8080/promotion/api")
    String url;

    @Inject
    @ConfigProperty(name = "ordering.promotion.timeout", defaultValue = "PT2S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "ordering.promotion.quiet-after-failure", defaultValue = "PT10S")
    Duration quietAfterFailure;

    @Inject
    ServiceIdentity self;

    private PromotionApi promotion;
    private volatile Instant quietUntil = Instant.MIN;

    @PostConstruct
    void connect() {
        promotion = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS).readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(PromotionApi.class);
    }

    @Override
    public Optional<List<PriceBreakdown.Offer>> offers(Order priced, boolean firstOrder, String couponCode,
                                                       Map<Long, Long> shelfByProduct) {
        if (Instant.now().isBefore(quietUntil)) {
            return Optional.empty();
        }
        try {
            QuoteView quote = promotion.quote(self.bearer(), new QuoteRequest(priced.getStoreId(),
                    priced.getMerchantId(), priced.getStoreTimeZone(), priced.getCurrency(), priced.getCustomerId(),
                    firstOrder, couponCode, priced.getDeliveryFee().getAmountMinor(),
                    priced.getLines().stream().map(l -> new QuoteRequest.Line(l.getProductId(),
                            shelfByProduct.get(l.getProductId()), l.getUnitPriceMinor(), l.getQuantity())).toList()));
            return Optional.of(quote.considered().stream().map(o -> new PriceBreakdown.Offer(o.promotionId(),
                    o.kind(), o.code(), o.funder(), o.applies(), o.amountMinor(), o.reasonKey())).toList());
        } catch (RuntimeException unavailable) {
            quietUntil = Instant.now().plus(quietAfterFailure);
            LOG.log(Level.WARNING, "promotion did not answer; checkouts go on without discounts for "
                    + quietAfterFailure, unavailable);
            return Optional.empty();
        }
    }

    @Override
    public void reserve(Order order) {
        try {
            promotion.reserve(self.bearer(), order.getId(), new Reservation(order.getCustomerId(),
                    order.getMerchantId(), order.getCurrency(), order.getDiscounts().stream()
                    .map(d -> new Reservation.Use(d.getPromotionId(), d.getAmountMinor())).toList(),
                    order.total().getAmountMinor()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                throw e;
            }
            // 409: a limit was reached meanwhile, the one refusal a reservation checkout built has
            throw ProblemException.conflict(status == 409 ? "problem.promotion.limitReached"
                    : "problem.promotion.refused", "promotion refused the order's discounts: HTTP " + status);
        }
    }

    @Override
    public void release(long orderId) {
        promotion.release(self.bearer(), orderId);
    }
}
