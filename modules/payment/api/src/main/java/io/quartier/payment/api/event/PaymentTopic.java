package io.quartier.payment.api.event;

/** The broker topic on which payment publishes its events; its consumers subscribe to it by this name. */
public final class PaymentTopic {

    public static final String NAME = "payment.events";

    private PaymentTopic() {
    }
}
