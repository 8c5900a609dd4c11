package io.quartier.ui.live;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Ends an HTTP session's live tokens and sockets with the session (logout, timeout). */
@WebListener
public class LiveSessions implements HttpSessionListener {

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        LiveChannels.endSession(event.getSession().getId());
    }
}
