package io.quartier.delivery.application.routing;

/** The routing engine gave no usable answer (down, slow, refusing or talking nonsense) and no fallback is allowed. */
public class RoutingUnavailable extends RuntimeException {

    public RoutingUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
