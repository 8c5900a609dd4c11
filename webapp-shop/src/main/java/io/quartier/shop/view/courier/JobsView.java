package io.quartier.shop.view.courier;

import io.quartier.delivery.api.AvailabilityChange;
import io.quartier.delivery.api.CourierApi;
import io.quartier.delivery.api.CourierProfile;
import io.quartier.delivery.api.CourierTour;
import io.quartier.delivery.api.CourierView;
import io.quartier.delivery.api.DeliveryApi;
import io.quartier.delivery.api.DeliveryFailureReason;
import io.quartier.delivery.api.FailureReport;
import io.quartier.delivery.api.HandoverCode;
import io.quartier.delivery.api.PositionFix;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import io.quartier.ui.map.MapView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The courier app: its availability and profile, the offers made to it (each with its countdown and what it pays),
 * its jobs with their stops in order (listed with navigation links, and on a map) and the code entry, refreshed live
 * (topic {@code couriers}); and the phone's position, sent to delivery every few seconds while the page is open.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final Logger LOG = Logger.getLogger(JobsView.class.getName());

    private static final long serialVersionUID = 1L;

    /** The largest photo delivery takes as a proof of delivery (5 MB). */
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

    /** How long the route's order and times are kept while only the position changes. */
    static final Duration ROUTE_KEPT = Duration.ofMinutes(1);

    /** What a courier rides, as delivery names it. */
    public static final List<String> VEHICLES = List.of("BIKE", "SCOOTER", "CAR");

    @Inject
    @Service
    DeliveryApi delivery;

    @Inject
    @Service
    CourierApi couriers;

    @Inject
    UserSession userSession;

    private CourierView courier;
    private String vehicle;
    private String homeZone;
    private List<JobRow> jobs = List.of();
    private MapView.Point here;
    private List<RouteStop> route = List.of();
    private boolean routeInJobOrder;
    private Instant routeReadAt = Instant.MIN;
    private boolean positionRefused;
    /** The zones to choose the home zone from; the courier's own first when it is a district of one of them. */
    private List<String> zones = List.of();

    public void load() {
        ServiceCall.run(() -> {
            courier = couriers.me(userSession.bearer());
            vehicle = courier.vehicle();
            homeZone = courier.homeZone();
            List<String> offered = couriers.zones(userSession.bearer());
            zones = homeZone == null || offered.contains(homeZone) ? offered
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(homeZone), offered.stream()).toList();
        });
        loadJobs();
    }

    /** Run by the page's live socket; says so when a new offer arrived. */
    public void jobsChanged() {
        Set<Long> offeredBefore = offered();
        loadJobs();
        if (!offeredBefore.containsAll(offered())) {
            Messages.info("courier.jobs.newJob");
        }
    }

    /** ONLINE, ON_BREAK or OFFLINE. */
    public void goAvailable(String availability) {
        ServiceCall.run(() -> {
            courier = couriers.changeAvailability(userSession.bearer(), new AvailabilityChange(availability));
            Messages.info("courier.app.availabilityChanged");
        });
        loadJobs();
    }

    /**
     * Run by the page's script with the phone's position (request parameters {@code lat} and {@code lon}); a refused
     * one is said once, not on every try.
     */
    public void reportPosition() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Double lat = number(params.get("lat"));
        Double lon = number(params.get("lon"));
        try {
            couriers.report(userSession.bearer(), new PositionFix(lat, lon, number(params.get("accuracy"))));
            here = new MapView.Point(lat, lon, "courier", Messages.text("courier.map.you"));
            positionRefused = false;
            if (Duration.between(routeReadAt, Instant.now()).compareTo(ROUTE_KEPT) > 0) {
                loadRoute();
            }
        } catch (RuntimeException refused) {
            if (!positionRefused) {
                Problems.show(refused);
            }
            positionRefused = true;
        }
    }

    public void saveProfile() {
        ServiceCall.run(() -> {
            courier = couriers.describe(userSession.bearer(), new CourierProfile(vehicle, homeZone));
            Messages.info("courier.app.profileSaved");
        });
    }

    public void accept(JobRow job) {
        ServiceCall.run(() -> {
            delivery.accept(userSession.bearer(), job.getId());
            Messages.info("courier.app.accepted");
        });
        loadJobs();
    }

    public void decline(JobRow job) {
        ServiceCall.run(() -> {
            delivery.decline(userSession.bearer(), job.getId());
            Messages.info("courier.app.declined");
        });
        loadJobs();
    }

    public void pickUp(JobRow job) {
        ServiceCall.run(() -> {
            delivery.pickUp(userSession.bearer(), job.getId(), new HandoverCode(job.getCode()));
            Messages.info("courier.jobs.pickedUp");
        });
        loadJobs();
    }

    public void deliver(JobRow job) {
        ServiceCall.run(() -> {
            delivery.deliver(userSession.bearer(), job.getId(), new HandoverCode(job.getCode()));
            Messages.info("courier.jobs.delivered");
        });
        loadJobs();
    }

    /**
     * The customer is absent: sends the photo the courier took (delivery tells a JPEG or PNG by its bytes and refuses
     * anything else); one over the limit is refused here without sending it.
     */
    public void deliverWithPhoto(JobRow job) {
        Part photo = job.getPhoto();
        if (photo == null || photo.getSize() == 0) {
            Messages.error("courier.photo.missing");
            return;
        }
        if (photo.getSize() > MAX_PHOTO_BYTES) {
            Messages.error("courier.photo.tooLarge");
            return;
        }
        ServiceCall.run(() -> {
            delivery.deliverWithPhoto(userSession.bearer(), job.getId(), bytes(photo),
                    MediaType.APPLICATION_OCTET_STREAM);
            Messages.info("courier.photo.delivered");
        });
        loadJobs();
    }

    /**
     * The courier cannot deliver the order it picked up: sends why, its note, and the photo it took if any (which an
     * absent customer needs; delivery says so when it is missing). The job then leaves the courier's list.
     */
    public void reportFailure(JobRow job) {
        Part photo = job.getFailurePhoto();
        if (photo != null && photo.getSize() > MAX_PHOTO_BYTES) {
            Messages.error("courier.photo.tooLarge");
            return;
        }
        ServiceCall.run(() -> {
            if (photo == null || photo.getSize() == 0) {
                delivery.reportFailure(userSession.bearer(), job.getId(),
                        new FailureReport(job.getFailureReason(), job.getFailureNote()));
            } else {
                delivery.reportFailureWithPhoto(userSession.bearer(), job.getId(), job.getFailureReason(),
                        job.getFailureNote(), bytes(photo), MediaType.APPLICATION_OCTET_STREAM);
            }
            Messages.info("courier.failure.reported");
        });
        loadJobs();
    }

    /** Why a courier may say it cannot deliver, as delivery names the reasons. */
    public List<String> getFailureReasons() {
        return Arrays.stream(DeliveryFailureReason.values()).map(Enum::name).toList();
    }

    public int getMaxNote() {
        return FailureReport.MAX_NOTE;
    }

    public CourierView getCourier() {
        return courier;
    }

    public boolean isApproved() {
        return courier != null && "APPROVED".equals(courier.onboarding());
    }

    public String getAvailability() {
        return courier == null ? "OFFLINE" : courier.availability();
    }

    public List<String> getVehicles() {
        return VEHICLES;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }

    public List<String> getZones() {
        return zones;
    }

    public String getHomeZone() {
        return homeZone;
    }

    public void setHomeZone(String homeZone) {
        this.homeZone = homeZone;
    }

    /** The courier's stops in the order of its route, where their places are known, and itself. */
    public String getMapPoints() {
        List<MapView.Point> points = new ArrayList<>();
        route.stream().filter(RouteStop::isPlaced).map(RouteStop::point).forEach(points::add);
        if (here != null) {
            points.add(here);
        }
        return MapView.json(points);
    }

    /**
     * The stops of the jobs in hand in the order to drive them, as delivery ordered them from the courier's position;
     * job by job (each store, then its door) when delivery cannot say.
     */
    public List<RouteStop> getRoute() {
        return route;
    }

    /** Whether the route follows the jobs' order, delivery not having ordered it. */
    public boolean isRouteInJobOrder() {
        return routeInJobOrder;
    }

    public List<JobRow> getOffers() {
        return jobs.stream().filter(JobRow::isOffered).toList();
    }

    /** The jobs the courier has picked up: to deliver, with the customer's code or, the customer absent, a photo. */
    public List<JobRow> getPickedUp() {
        return jobs.stream().filter(JobRow::isPickedUp).toList();
    }

    /** The jobs the courier has taken: to pick up, then to deliver. */
    public List<JobRow> getCurrent() {
        return jobs.stream().filter(j -> j.isAssigned() || j.isPickedUp()).toList();
    }

    private void loadJobs() {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ServiceCall.run(() -> jobs = delivery.jobs(userSession.bearer()).stream()
                .map(job -> new JobRow(job, reader)).toList());
        loadRoute();
    }

    /** The route as delivery orders it; the jobs' own order, without a word of error, when it cannot. */
    private void loadRoute() {
        List<JobRow> current = getCurrent();
        routeReadAt = Instant.now();
        if (current.isEmpty()) {
            route = List.of();
            routeInJobOrder = false;
            return;
        }
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            CourierTour tour = couriers.tour(userSession.bearer());
            if (!tour.stops().isEmpty()) {
                ZoneId zone = ZoneId.of(tour.zone());
                List<RouteStop> ordered = new ArrayList<>();
                tour.stops().forEach(stop -> ordered.add(RouteStop.of(ordered.size() + 1, stop, zone, reader)));
                route = List.copyOf(ordered);
                routeInJobOrder = false;
                return;
            }
        } catch (RuntimeException unavailable) {
            // delivery cannot order the stops now: the jobs' own order serves, and the page says so
            LOG.log(Level.WARNING, "the courier's tour could not be asked; its stops are listed job by job", unavailable);
        }
        List<RouteStop> inJobOrder = new ArrayList<>();
        current.forEach(job -> job.ownStops().forEach(stop -> inJobOrder.add(stop.numbered(inJobOrder.size() + 1))));
        route = List.copyOf(inJobOrder);
        routeInJobOrder = true;
    }

    private static byte[] bytes(Part photo) {
        try (InputStream in = photo.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Set<Long> offered() {
        return jobs.stream().filter(JobRow::isOffered).map(JobRow::getId).collect(Collectors.toSet());
    }
}
