package io.quartier.payment.application;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A customer's payment methods as they see and change them: cards saved by the token of the gateway's own form (the
 * gateway says which card it is; the token is never shown), removed, one of them the default. Only the owner reaches
 * its methods: another customer's id is "not found". Changes of one customer's methods run one after the other (a
 * lock of its rows), so there is never more than one default.
 */
@ApplicationScoped
public class PaymentMethods {

    /** Enough for anyone; a bound on what one account can make the service keep. */
    static final int MAX_METHODS = 20;

    @Inject
    PaymentMethodRepository methods;

    @Inject
    PaymentGateway gateway;

    /** This bean through its proxy, so that saving has a transaction of its own. */
    @Inject
    PaymentMethods self;

    Clock clock = Clock.systemUTC();

    /** The preferred one first; a wallet with what it holds. */
    public List<PaymentMethodView> ofCustomer(long customerId) {
        return methods.ofCustomer(customerId).stream().map(this::view).toList();
    }

    /**
     * Saves the card behind {@code token}, asked of the gateway outside any transaction; the same token saved again
     * answers the card saved with it.
     *
     * @throws ProblemException 422 {@code problem.paymentMethod.unknownToken}, 409 {@code problem.paymentMethod.tooMany}
     */
    public PaymentMethodView add(long customerId, String token, boolean preferred) {
        CardDetails card = gateway.describe(token).orElseThrow(() -> new ProblemException(422,
                "problem.paymentMethod.unknownToken", "the gateway knows no card for this token"));
        return view(self.save(customerId, token, card, preferred));
    }

    /** The card saved, once per token of the customer, in turn with the customer's other changes. */
    @Transactional
    public PaymentMethod save(long customerId, String token, CardDetails card, boolean preferred) {
        List<PaymentMethod> saved = methods.ofCustomerForUpdate(customerId);
        PaymentMethod same = saved.stream().filter(m -> token.equals(m.getGatewayToken())).findFirst().orElse(null);
        if (same != null) {
            return same;
        }
        if (saved.size() >= MAX_METHODS) {
            throw ProblemException.conflict("problem.paymentMethod.tooMany",
                    "a customer keeps at most " + MAX_METHODS + " payment methods");
        }
        boolean makeDefault = preferred || saved.stream().noneMatch(PaymentMethod::isPreferred);
        if (makeDefault) {
            saved.forEach(m -> m.prefer(false));
        }
        PaymentMethod method = PaymentMethod.card(customerId, token, card, makeDefault);
        methods.add(method);
        return method;
    }

    /** Removes one of the customer's cards; when it was the default, the next one becomes it. */
    @Transactional
    public void remove(long customerId, long methodId) {
        List<PaymentMethod> saved = methods.ofCustomerForUpdate(customerId);
        PaymentMethod method = owned(saved, methodId);
        if (method.isWallet()) {
            throw ProblemException.conflict("problem.paymentMethod.walletNotRemovable",
                    "a Quartier wallet is not removed as a card is");
        }
        boolean wasDefault = method.isPreferred();
        method.remove(clock.instant());
        if (wasDefault) {
            saved.stream().filter(m -> !m.isRemoved()).findFirst().ifPresent(m -> m.prefer(true));
        }
    }

    /** Makes one of the customer's methods the default one. */
    @Transactional
    public PaymentMethodView prefer(long customerId, long methodId) {
        List<PaymentMethod> saved = methods.ofCustomerForUpdate(customerId);
        PaymentMethod method = owned(saved, methodId);
        saved.forEach(m -> m.prefer(m == method));
        return view(method);
    }

    private static PaymentMethod owned(List<PaymentMethod> saved, long methodId) {
        return saved.stream().filter(m -> Objects.equals(m.getId(), methodId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("payment method", methodId));
    }

    private PaymentMethodView view(PaymentMethod m) {
        if (m.isWallet()) {
            return new PaymentMethodView(m.getId(), PaymentMethodView.WALLET, null, null, 0, 0, m.isPreferred(),
                    m.getCurrency(), m.availableMinor(), null);
        }
        return new PaymentMethodView(m.getId(), PaymentMethodView.CARD, m.getBrand(), m.getLast4(), m.getExpiryMonth(),
                m.getExpiryYear(), m.isPreferred(), null, 0, m.getDeviceWallet());
    }
}
