package io.quartier.payment.domain.model.gateway;

/** The gateway failed or refused an operation on an existing hold; the caller's transaction should not commit. */
public class GatewayException extends RuntimeException {

    public GatewayException(String message) {
        super(message);
    }
}
