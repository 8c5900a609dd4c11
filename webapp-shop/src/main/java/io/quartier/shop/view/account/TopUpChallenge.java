package io.quartier.shop.view.account;

import io.quartier.payment.api.TopUpRequest;
import io.quartier.shop.view.ChallengeReturn;
import jakarta.enterprise.context.SessionScoped;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A wallet top-up waiting for the customer to pass the bank's 3-D Secure challenge: the browser goes to the challenge
 * page with a way back to the wallet, and the top-up is asked again with the same Idempotency-Key (the same top-up,
 * whose reference the bank's answer is bound to) when it comes back with the state made here.
 */
@SessionScoped
public class TopUpChallenge implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The top-up to ask again: its key and what it asked. */
    public record Waiting(String key, TopUpRequest request) {
    }

    private final ChallengeReturn<Waiting> pending = new ChallengeReturn<>();

    /** Keeps the top-up and sends the browser to {@code challengeUrl}, to come back to the wallet page. */
    public void send(String challengeUrl, Waiting topUp) throws IOException {
        pending.send(challengeUrl, "/account/wallet.xhtml", topUp);
    }

    /** The top-up the browser came back for with {@code returned}, once; empty for any other state. */
    public Optional<Waiting> take(String returned) {
        return pending.take(returned);
    }
}
