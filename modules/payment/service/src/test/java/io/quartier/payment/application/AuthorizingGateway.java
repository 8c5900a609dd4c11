package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.gateway.CardDetails;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import java.util.Optional;

/** A gateway double for tests of authorising: knows no card, and fails the test if asked anything but to authorise. */
abstract class AuthorizingGateway implements PaymentGateway {

    @Override
    public Optional<CardDetails> describe(String token) {
        return Optional.empty();
    }

    @Override
    public void capture(String gatewayReference, Money amount) {
        throw new AssertionError("only asked to authorise");
    }

    @Override
    public void voidAuthorization(String gatewayReference) {
        throw new AssertionError("only asked to authorise");
    }

    @Override
    public GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey) {
        throw new AssertionError("only asked to authorise");
    }
}
