package io.quartier.ordering.infrastructure.payment;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.ServiceIdentity;
import io.quartier.ordering.application.Payments;
import io.quartier.ordering.api.OrderReferences;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.api.PaymentApi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Payment over REST, in ordering's terms: hold the order's total on the customer's payment method. */
@ApplicationScoped
public class RestPayments implements Payments {

    private static final String AUTHENTICATION_REQUIRED = "problem.payment.authenticationRequired";

    @Inject
    @ConfigProperty(name = "payment/mp-rest/url", defaultValue = "http://localhost:8080/payment/api")
    String url;

    @Inject
    ServiceIdentity self;

    private PaymentApi payment;

    @PostConstruct
    void connect() {
        payment = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(8, TimeUnit.SECONDS)
                .build(PaymentApi.class);
    }

    /**
     * Authorises as the ordering service (never with the customer's token), for the customer who places the order,
     * once per order (the payment idempotency key is the order's id):
     * a repeated checkout with the same Idempotency-Key finds its order and never gets here again, and a checkout
     * retried after a failed attempt gets a new order and a new hold, while the failed attempt's hold, never
     * confirmed by an OrderPlaced, is released by payment. A refusal by payment (declined, unknown method)
     * becomes a problem with payment's own code.
     */
    @Override
    public long authorize(long customerId, long orderId, long paymentMethodId, Money amount, Long authenticatedOrderId) {
        return authorize(customerId, OrderReferences.paymentIdempotencyKey(orderId), OrderReferences.payment(orderId),
                paymentMethodId, amount, authenticatedOrderId == null ? null : OrderReferences.payment(authenticatedOrderId));
    }

    /** As {@link #authorize(long, long, long, Money)}, once per multi-store order, under the group's reference. */
    @Override
    public long authorizeGroup(long customerId, long groupId, long paymentMethodId, Money amount,
                               Long authenticatedGroupId) {
        return authorize(customerId, OrderReferences.groupPaymentIdempotencyKey(groupId),
                OrderReferences.groupPayment(groupId), paymentMethodId, amount,
                authenticatedGroupId == null ? null : OrderReferences.groupPayment(authenticatedGroupId));
    }

    private long authorize(long customerId, String idempotencyKey, String reference, long paymentMethodId,
                           Money amount, String authenticatedReference) {
        try {
            AuthorizationView view = payment.authorize(self.bearer(), idempotencyKey,
                    new AuthorizationRequest(reference, customerId, paymentMethodId,
                            amount.getAmountMinor(), amount.getCurrency(), authenticatedReference));
            if (!"AUTHORIZED".equals(view.status())) {
                throw ProblemException.conflict("problem.order.abandoned",
                        "order " + reference + " was given up and its payment hold released");
            }
            return view.id();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                throw e;
            }
            JsonObject problem = problem(e);
            String code = problem.getString("code", "problem.payment.refused");
            JsonObject errors = problem.getJsonObject("errors");
            if (status == 402 && AUTHENTICATION_REQUIRED.equals(code) && errors != null
                    && errors.get("challengeUrl") instanceof JsonString challenge) {
                throw new ProblemException(402, "problem.order.authenticationRequired",
                        "the customer's bank asks for a 3-D Secure challenge before payment " + reference + " is held")
                        .withError("challengeUrl", challenge.getString());
            }
            throw new ProblemException(status == 402 ? 402 : 422, code,
                    "payment refused the authorisation: HTTP " + status);
        }
    }

    /** Releases every hold payment keeps for the order (none is fine). Throws when payment cannot be reached. */
    @Override
    public void voidHolds(long orderId) {
        payment.voidOrder(self.bearer(), OrderReferences.payment(orderId));
    }

    @Override
    public void voidGroupHolds(long groupId) {
        payment.voidOrder(self.bearer(), OrderReferences.groupPayment(groupId));
    }

    private static JsonObject problem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException unreadable) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
