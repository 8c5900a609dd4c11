package io.quartier.payment.domain.model.gateway;

/**
 * The gateway failed, refused or did not answer: the operation is not recorded as done, and is asked again later under
 * the same idempotency key (no gateway call is made inside a transaction, so there is none to roll back).
 */
public class GatewayException extends RuntimeException {

    public GatewayException(String message) {
        super(message);
    }
}
