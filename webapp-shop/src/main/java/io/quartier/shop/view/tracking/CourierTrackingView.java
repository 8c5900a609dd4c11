package io.quartier.shop.view.tracking;

import io.quartier.delivery.api.CourierTracking;
import io.quartier.delivery.api.TrackingApi;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import io.quartier.ui.live.LiveView;
import io.quartier.ui.map.MapView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The courier of the order on the customer's order page (its {@code id} parameter): where it is, on a map with the
 * store and the door, and in how many minutes it should be at the door, while it is on the way; nothing otherwise
 * (delivery answers 404 for an order not under way, not the caller's, or whose courier has not reported yet).
 * Refreshed live by delivery's PositionUpdated, pushed to the customer's own topic.
 */
@Named
@ViewScoped
public class CourierTrackingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CourierTrackingView.class.getName());

    @Inject
    @Service
    TrackingApi tracking;

    @Inject
    UserSession userSession;

    @Inject
    LiveView live;

    private Long orderId;
    private CourierTracking courier;

    @PostConstruct
    void read() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            orderId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            orderId = null;
        }
        load();
    }

    /** Run by the fragment's live socket: reads the courier again when the push is about this order. */
    public void moved() {
        Long about = live.getId();
        if (about == null || about.equals(orderId)) {
            load();
        }
    }

    public CourierTracking getCourier() {
        return courier;
    }

    /** Whole minutes until the expected arrival at the door (at least 1), or null when not known. */
    public Long getMinutesToDoor() {
        if (courier == null || courier.eta() == null) {
            return null;
        }
        return Math.max(1, Duration.between(Instant.now(), courier.eta()).toMinutes());
    }

    /** The courier, the store while it is still to be picked up, and the door. */
    public String getMapPoints() {
        List<MapView.Point> points = new ArrayList<>();
        if ("ASSIGNED".equals(courier.status()) && courier.pickupLatitude() != null) {
            points.add(new MapView.Point(courier.pickupLatitude(), courier.pickupLongitude(), "pickup",
                    Messages.text("shop.tracking.store")));
        }
        if (courier.dropoffLatitude() != null) {
            points.add(new MapView.Point(courier.dropoffLatitude(), courier.dropoffLongitude(), "dropoff",
                    Messages.text("shop.tracking.door")));
        }
        points.add(new MapView.Point(courier.latitude(), courier.longitude(), "courier", courier.courierName()));
        return MapView.json(points);
    }

    private void load() {
        if (orderId == null || !userSession.isSignedIn()) {
            courier = null;
            return;
        }
        try {
            courier = tracking.track(userSession.bearer(), orderId);
        } catch (RuntimeException notUnderWay) {
            LOG.log(Level.FINE, "no courier to show for order " + orderId, notUnderWay);
            courier = null;
        }
    }
}
