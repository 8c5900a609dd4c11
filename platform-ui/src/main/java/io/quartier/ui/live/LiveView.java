package io.quartier.ui.live;

import io.quartier.ui.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * For pages: the socket path of {@code <q:live>}, and the event a push carried when the page's remote
 * command runs (request parameters {@code liveEvent} and {@code liveId}, named so as not to meet a page's own
 * view parameters) ({@code event} is a domain event type such as {@code OrderPlaced}, or {@code open} when the
 * socket reconnected and the page should catch up).
 */
@Named("live")
@RequestScoped
public class LiveView {

    /** The event name sent when the socket reconnects: the page re-reads everything it shows. */
    public static final String OPEN = "open";

    @Inject
    UserSession userSession;

    /** {@code /<context>/live/<token>} for the user's personal topics and the page's public ones. */
    public String path(String requestedTopics) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<String> personal = userSession.isSignedIn()
                ? LiveTopics.personal(userSession.getRoles(), userSession.getAccountId(), userSession.getMerchantId())
                : Set.of();
        String token = LiveChannels.token(external.getSessionId(true), LiveTopics.of(personal, requestedTopics));
        return external.getRequestContextPath() + "/live/" + token;
    }

    public String getEvent() {
        return parameter("liveEvent");
    }

    /** The id the event is about (an order, a product), or null. */
    public Long getId() {
        String id = parameter("liveId");
        return id == null || id.isBlank() ? null : Long.valueOf(id);
    }

    public boolean is(String eventType) {
        return eventType.equals(getEvent());
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
