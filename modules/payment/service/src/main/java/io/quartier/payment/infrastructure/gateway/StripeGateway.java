package io.quartier.payment.infrastructure.gateway;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The port served by Stripe through its official SDK: an authorization is a PaymentIntent with manual capture,
 * confirmed at once with the saved payment method's token ({@code pm_...}, or {@code cus_...:pm_...} for a method
 * saved on a Stripe customer); capture and void capture or cancel that PaymentIntent; a refund is a Stripe refund of
 * it. Every call carries an {@code Idempotency-Key}, so the SDK's retries and ours never move money twice.
 *
 * <p>Stripe's decline codes become the sandbox's ({@code card_declined}, {@code insufficient_funds},
 * {@code expired_card}, {@code processing_error}, {@code authentication_required}), so a customer reads the same
 * translated message whichever gateway runs. Stripe not answering, or answering with an error of its own, is a
 * {@link GatewayException}. The secret key is never logged nor put in a message.
 */
public class StripeGateway implements PaymentGateway {

    /** Stripe's codes that name a reason the customer can act on; any other decline is {@code card_declined}. */
    private static final Set<String> REASONS = Set.of(
            "insufficient_funds", "expired_card", "processing_error", "authentication_required");
    private static final String DECLINED = "card_declined";
    private static final String AUTHENTICATION_REQUIRED = "authentication_required";

    private final StripeClient stripe;
    private final String returnUrl;

    /**
     * @param apiBase Stripe's address, or a local server's in tests
     * @param networkRetries how often the SDK asks again (with the same key) after a timeout or a 5xx
     * @param timeoutMillis how long one request may take to connect, and to answer
     * @param returnUrl where Stripe sends the customer back after the bank's 3-D Secure page (absolute): with it,
     *        Stripe answers a card that needs the customer with a {@code redirect_to_url} next action, the page to
     *        send them to; without it, with one only Stripe's own JavaScript can handle
     */
    public StripeGateway(String secretKey, String apiBase, int networkRetries, int timeoutMillis, String returnUrl) {
        this.returnUrl = returnUrl;
        this.stripe = StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase)
                .setMaxNetworkRetries(networkRetries)
                .setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis)
                .build();
    }

    /**
     * The same attempt asked again with its key is the same PaymentIntent (one hold). A PaymentIntent that needs the
     * customer's 3-D Secure confirmation ({@code requires_action} with a {@code redirect_to_url} next action, also
     * when read again) is declined {@code authentication_required} with the bank's page as the challenge; without such
     * a page, as a plain decline. Once the customer confirmed, the same attempt asked again is the hold.
     */
    @Override
    public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
        if (token == null || token.isBlank()) {
            return GatewayDecision.declined("invalid_token");
        }
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(amount.getAmountMinor())
                .setCurrency(amount.getCurrency().toLowerCase(Locale.ROOT))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true)
                .setReturnUrl(returnUrl)
                .addPaymentMethodType("card")
                .putMetadata("quartier_reference", reference);
        int customerEnd = token.indexOf(':');
        if (customerEnd > 0) {
            params.setCustomer(token.substring(0, customerEnd)).setPaymentMethod(token.substring(customerEnd + 1));
        } else {
            params.setPaymentMethod(token);
        }
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().create(params.build(), keyed(idempotencyKey));
            if ("requires_action".equals(intent.getStatus())) {
                // Asked again with its key, Stripe replays the first answer, from before the customer confirmed at
                // the bank: the PaymentIntent as it is now says whether they did.
                intent = stripe.v1().paymentIntents().retrieve(intent.getId());
            }
            return switch (intent.getStatus()) {
                case "requires_capture" -> GatewayDecision.approved(intent.getId());
                case "requires_action" -> challenge(intent);
                default -> GatewayDecision.declined(reason(intent.getLastPaymentError()));
            };
        } catch (CardException e) {
            return GatewayDecision.declined(reason(e.getStripeError()));
        } catch (InvalidRequestException e) {
            if ("payment_method".equals(e.getParam()) || "resource_missing".equals(e.getCode())) {
                return GatewayDecision.declined("invalid_token");
            }
            throw failed("authorize", e);
        } catch (StripeException e) {
            throw failed("authorize", e);
        }
    }

    /**
     * The card of a PaymentMethod Stripe Elements created ({@code pm_...}, or {@code cus_...:pm_...}); empty when Stripe
     * knows no such card.
     */
    @Override
    public Optional<CardDetails> describe(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String method = token.substring(token.indexOf(':') + 1);
        try {
            com.stripe.model.PaymentMethod.Card card = stripe.v1().paymentMethods().retrieve(method).getCard();
            if (card == null) {
                return Optional.empty();
            }
            String brand = card.getBrand() == null ? "card" : card.getBrand();
            String wallet = card.getWallet() == null ? null : CardDetails.deviceWallet(card.getWallet().getType());
            return Optional.of(new CardDetails(brand.substring(0, Math.min(20, brand.length())), card.getLast4(),
                    card.getExpMonth().intValue(), card.getExpYear().intValue(), wallet));
        } catch (InvalidRequestException unknown) {
            return Optional.empty();
        } catch (StripeException e) {
            throw failed("describe a payment method", e);
        }
    }

    @Override
    public void capture(String gatewayReference, Money amount) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(amount.getAmountMinor())
                .build();
        try {
            stripe.v1().paymentIntents().capture(gatewayReference, params, keyed("capture:" + gatewayReference));
        } catch (StripeException e) {
            throw failed("capture " + gatewayReference, e);
        }
    }

    @Override
    public void voidAuthorization(String gatewayReference) {
        try {
            stripe.v1().paymentIntents().cancel(gatewayReference, PaymentIntentCancelParams.builder().build(),
                    keyed("void:" + gatewayReference));
        } catch (StripeException e) {
            throw failed("void " + gatewayReference, e);
        }
    }

    /**
     * A refund Stripe accepted ({@code succeeded}, or {@code pending} while the bank processes it) is approved; one it
     * refused is declined with Stripe's code ({@code idempotency_key_reused} for a key reused for another refund, as
     * the sandbox says).
     */
    @Override
    public GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new GatewayException("a refund needs an idempotency key");
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(gatewayReference)
                .setAmount(amount.getAmountMinor())
                .putMetadata("quartier_reference", idempotencyKey)
                .build();
        try {
            com.stripe.model.Refund refund = stripe.v1().refunds().create(params, keyed(idempotencyKey));
            if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
                return GatewayDecision.declined(refund.getFailureReason() == null ? "refund_failed" : refund.getFailureReason());
            }
            return GatewayDecision.approved(refund.getId());
        } catch (IdempotencyException e) {
            return GatewayDecision.declined("idempotency_key_reused");
        } catch (InvalidRequestException | CardException e) {
            return GatewayDecision.declined(e.getCode() == null ? "refund_refused" : e.getCode());
        } catch (StripeException e) {
            throw failed("refund " + gatewayReference, e);
        }
    }

    private static GatewayDecision challenge(PaymentIntent intent) {
        PaymentIntent.NextAction next = intent.getNextAction();
        if (next != null && "redirect_to_url".equals(next.getType()) && next.getRedirectToUrl() != null
                && next.getRedirectToUrl().getUrl() != null) {
            return GatewayDecision.challenge(next.getRedirectToUrl().getUrl());
        }
        return GatewayDecision.declined(AUTHENTICATION_REQUIRED);
    }

    /** The sandbox's code for Stripe's error: its decline code when it names a known reason, else its code. */
    static String reason(StripeError error) {
        if (error == null) {
            return DECLINED;
        }
        if (error.getDeclineCode() != null && REASONS.contains(error.getDeclineCode())) {
            return error.getDeclineCode();
        }
        if (error.getCode() != null && REASONS.contains(error.getCode())) {
            return error.getCode();
        }
        if ("payment_intent_authentication_failure".equals(error.getCode())) {
            return AUTHENTICATION_REQUIRED;
        }
        return DECLINED;
    }

    private static RequestOptions keyed(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** Stripe's own words and request id help whoever reads the log; they hold neither the key nor card data. */
    private static GatewayException failed(String what, StripeException e) {
        String why = e instanceof ApiConnectionException ? "did not answer" : "answered " + e.getStatusCode() + " " + e.getCode();
        GatewayException failure = new GatewayException("Stripe " + why + " to " + what
                + (e.getRequestId() == null ? "" : " (request " + e.getRequestId() + ")"));
        failure.initCause(e);
        return failure;
    }
}
