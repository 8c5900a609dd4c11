package io.quartier.backoffice.view.admin;

import io.quartier.delivery.api.CourierApi;
import io.quartier.delivery.api.CourierPosition;
import io.quartier.delivery.api.CourierView;
import io.quartier.delivery.api.DispatchApi;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.api.ManualAssignment;
import io.quartier.delivery.api.TrackingApi;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import io.quartier.ui.map.MapView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Couriers and dispatch for platform staff: approve or suspend couriers, see the jobs not yet delivered (those with
 * five wrong codes flagged for support), give a job to a courier by hand, and see on a map where the couriers were
 * last and where the jobs not yet picked up wait (refreshed live, topic {@code staff}), and a link to the photo a
 * courier took when a customer was absent ({@link DeliveryPhotoDownload}).
 */
@Named
@ViewScoped
public class CouriersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    CourierApi couriers;

    @Inject
    @Service
    DispatchApi dispatch;

    @Inject
    @Service
    TrackingApi tracking;

    @Inject
    UserSession userSession;

    private List<CourierView> all = List.of();
    private List<JobView> jobs = List.of();
    private List<CourierPosition> positions = List.of();
    private final Map<Long, String> chosen = new HashMap<>();

    public void load() {
        ServiceCall.run(() -> {
            all = couriers.couriers(userSession.bearer());
            jobs = dispatch.board(userSession.bearer());
        });
        refreshMap();
    }

    /**
     * Reads the couriers' last positions and the board's jobs again: on delivery's pushes (gathered by the page), and
     * once a minute for the couriers without a job, whose moves publish nothing.
     */
    public void refreshMap() {
        ServiceCall.run(() -> {
            positions = tracking.positions(userSession.bearer());
            jobs = dispatch.board(userSession.bearer());
        });
    }

    public List<CourierPosition> getPositions() {
        return positions;
    }

    /** Couriers where they were last, and the stores of the jobs not yet picked up, as the map's places. */
    public String getMapPoints() {
        List<MapView.Point> points = new ArrayList<>();
        for (JobView job : jobs) {
            boolean waiting = "WAITING".equals(job.status()) || "OFFERED".equals(job.status())
                    || "ASSIGNED".equals(job.status());
            if (waiting && job.pickupLatitude() != null) {
                points.add(new MapView.Point(job.pickupLatitude(), job.pickupLongitude(), "job",
                        "#" + job.orderId() + " · " + job.pickupName()));
            }
        }
        for (CourierPosition p : positions) {
            points.add(new MapView.Point(p.latitude(), p.longitude(), "courier", p.name()));
        }
        return MapView.json(points);
    }

    public void approve(CourierView courier) {
        ServiceCall.run(() -> {
            couriers.approve(userSession.bearer(), courier.id());
            Messages.info("admin.couriers.approved", courier.name());
        });
        load();
    }

    public void suspend(CourierView courier) {
        ServiceCall.run(() -> {
            couriers.suspend(userSession.bearer(), courier.id());
            Messages.info("admin.couriers.suspended", courier.name());
        });
        load();
    }

    /** Gives the job to the courier chosen on its row. */
    public void assign(JobView job) {
        String choice = chosen.get(job.id());
        if (choice == null || !choice.matches("\\d{1,18}")) {
            Messages.error("admin.couriers.chooseCourier");
            return;
        }
        ServiceCall.run(() -> {
            dispatch.assign(userSession.bearer(), job.id(), new ManualAssignment(Long.parseLong(choice)));
            Messages.info("admin.couriers.assigned", job.orderId());
        });
        load();
    }

    public List<CourierView> getCouriers() {
        return all;
    }

    /** Approved couriers, those a job can be given to. */
    public List<CourierView> getApproved() {
        return all.stream().filter(c -> "APPROVED".equals(c.onboarding())).toList();
    }

    public List<JobView> getJobs() {
        return jobs;
    }

    /** The courier chosen for each job (its id as the menu sends it), by job id. */
    public Map<Long, String> getChosen() {
        return chosen;
    }
}
