package io.quartier.shop.view;

import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import jakarta.enterprise.context.SessionScoped;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A checkout waiting for the customer to pass the bank's 3-D Secure challenge: the browser goes to the challenge page
 * with a way back to the basket and a state made here, and the checkout is asked again, with the same
 * Idempotency-Key, when it comes back with that state. One at a time; a state that is not the one made is ignored.
 */
@SessionScoped
public class CheckoutChallenge implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The checkout to ask again: its key, and the one-store order or the multi-store order as it was sent (the other
     * null).
     */
    public record Waiting(String key, PlaceOrder order, PlaceGroupOrder group) {

        public static Waiting ofOrder(String key, PlaceOrder order) {
            return new Waiting(key, order, null);
        }

        public static Waiting ofGroup(String key, PlaceGroupOrder group) {
            return new Waiting(key, null, group);
        }

        public boolean isGroup() {
            return group != null;
        }
    }

    private final ChallengeReturn<Waiting> pending = new ChallengeReturn<>();

    /** Keeps the checkout and sends the browser to {@code challengeUrl}, to come back to the basket page. */
    public void send(String challengeUrl, Waiting checkout) throws IOException {
        pending.send(challengeUrl, "/basket.xhtml", checkout);
    }

    /**
     * The waiting checkout, once, for a gateway that sends the customer back to one fixed address without the state
     * (Stripe's {@code return_url}). Taken by the session alone: asking it again is harmless, since its key makes it
     * the same checkout and payment decides by what the bank says.
     */
    public Optional<Waiting> takeBackFromGateway() {
        return pending.takeAny();
    }

    /** The checkout the browser came back for with {@code returned}, once; empty for any other state. */
    public Optional<Waiting> take(String returned) {
        return pending.take(returned);
    }
}
