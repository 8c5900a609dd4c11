package io.quartier.ui.live;

import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This webapp's open sockets by topic, and the tokens pages were given to open them. A token names the
 * topics fixed when the page was rendered and the HTTP session that rendered it; it dies with that session.
 *
 * <p>Static on purpose: the websocket container creates endpoints outside CDI, and this class is loaded by
 * each webapp's own class loader, so the state is per webapp, as it must be.
 */
public final class LiveChannels {

    private static final Logger LOG = Logger.getLogger(LiveChannels.class.getName());
    private static final String SUBSCRIPTION = "quartier.live.subscription";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Subscription(String httpSession, Set<String> topics) {
    }

    private static final Map<String, Subscription> BY_TOKEN = new ConcurrentHashMap<>();
    private static final Map<Subscription, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Set<Session>> BY_TOPIC = new ConcurrentHashMap<>();

    private LiveChannels() {
    }

    /** A token for these topics in this HTTP session; the same one for the same topics. */
    public static String token(String httpSession, Set<String> topics) {
        Subscription subscription = new Subscription(httpSession, Set.copyOf(topics));
        return TOKENS.computeIfAbsent(subscription, s -> {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            BY_TOKEN.put(token, s);
            return token;
        });
    }

    /** Adds an opened socket to its token's topics; false when the token is unknown (its session ended). */
    static boolean join(String token, Session socket) {
        Subscription subscription = token == null ? null : BY_TOKEN.get(token);
        if (subscription == null) {
            return false;
        }
        socket.getUserProperties().put(SUBSCRIPTION, subscription);
        for (String topic : subscription.topics()) {
            BY_TOPIC.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(socket);
        }
        return true;
    }

    static void leave(Session socket) {
        if (socket.getUserProperties().get(SUBSCRIPTION) instanceof Subscription subscription) {
            for (String topic : subscription.topics()) {
                Set<Session> sockets = BY_TOPIC.get(topic);
                if (sockets != null) {
                    sockets.remove(socket);
                }
            }
        }
    }

    /** Forgets an HTTP session's tokens and closes its sockets: a logged-out page must stop hearing. */
    static void endSession(String httpSession) {
        BY_TOKEN.entrySet().removeIf(entry -> entry.getValue().httpSession().equals(httpSession));
        TOKENS.keySet().removeIf(subscription -> subscription.httpSession().equals(httpSession));
        for (Set<Session> sockets : BY_TOPIC.values()) {
            for (Session socket : sockets) {
                if (socket.getUserProperties().get(SUBSCRIPTION) instanceof Subscription s
                        && s.httpSession().equals(httpSession)) {
                    sockets.remove(socket);
                    close(socket);
                }
            }
        }
    }

    /**
     * Sends {@code {"event": event, "id": id}} to every socket listening to the topic.
     *
     * @return how many sockets it was sent to
     */
    public static int send(String topic, String event, long id) {
        Set<Session> sockets = BY_TOPIC.get(topic);
        if (sockets == null || sockets.isEmpty()) {
            return 0;
        }
        String text = Json.createObjectBuilder().add("event", event).add("id", id).build().toString();
        int sent = 0;
        for (Session socket : sockets) {
            if (!socket.isOpen()) {
                sockets.remove(socket);
                continue;
            }
            socket.getAsyncRemote().sendText(text, result -> {
                if (!result.isOK()) {
                    // The browser went away mid-send: it reconnects and catches up by re-reading its page.
                    LOG.log(Level.FINE, "live push to a closing socket failed", result.getException());
                    sockets.remove(socket);
                }
            });
            sent++;
        }
        return sent;
    }

    private static void close(Session socket) {
        try {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session ended"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a live socket failed; it is dropped anyway", e);
        }
    }
}
