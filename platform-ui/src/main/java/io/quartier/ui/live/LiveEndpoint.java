package io.quartier.ui.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The socket a live page opens, at {@code <context>/live/<token>}. Only the server talks; a socket with an
 * unknown token is closed with 1008, which tells the page not to retry.
 */
@ServerEndpoint("/live/{token}")
public class LiveEndpoint {

    private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());

    @OnOpen
    public void open(Session socket, @PathParam("token") String token) throws IOException {
        if (!LiveChannels.join(token, socket)) {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown token"));
        }
    }

    @OnClose
    public void close(Session socket) {
        LiveChannels.leave(socket);
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.FINE, "live socket failed; the page reconnects", failure);
        LiveChannels.leave(socket);
    }
}
