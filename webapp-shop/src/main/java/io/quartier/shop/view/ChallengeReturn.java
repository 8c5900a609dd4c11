package io.quartier.shop.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A payment the customer's bank wants confirmed first (3-D Secure), kept while the browser is on the bank's challenge
 * page: the browser goes there with a way back to one of the shop's pages and a state made here, and what waited is
 * handed back once, when the browser comes back with that state. One at a time per holder, which lives in the
 * session; what waits is not serialized (lost if the session ever is: the customer then simply asks again).
 *
 * @param <T> what is asked again on the way back
 */
public final class ChallengeReturn<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String state;
    private transient T waiting;

    /** Keeps {@code waiting} and sends the browser to {@code challengeUrl}, to come back to {@code page}. */
    public synchronized void send(String challengeUrl, String page, T waiting) throws IOException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        state = HexFormat.of().formatHex(random);
        this.waiting = waiting;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String back = external.getRequestContextPath() + page;
        external.redirect(challengeUrl + (challengeUrl.contains("?") ? "&" : "?") + "return="
                + URLEncoder.encode(back, StandardCharsets.UTF_8) + "&state=" + state);
    }

    /** What waited for the browser coming back with {@code returned}, once; empty for any other state. */
    public synchronized Optional<T> take(String returned) {
        if (returned == null || state == null || !state.equals(returned) || waiting == null) {
            return Optional.empty();
        }
        return takeAny();
    }

    /**
     * What waited, once, whatever the state: for a gateway that sends the customer back to one fixed address without
     * it (Stripe's {@code return_url}); safe only where asking again is harmless.
     */
    public synchronized Optional<T> takeAny() {
        if (waiting == null) {
            return Optional.empty();
        }
        T taken = waiting;
        state = null;
        waiting = null;
        return Optional.of(taken);
    }
}
