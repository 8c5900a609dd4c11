package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.AvailabilityChange;
import io.quartier.delivery.api.CourierApi;
import io.quartier.delivery.api.CourierProfile;
import io.quartier.delivery.api.CourierTour;
import io.quartier.delivery.api.CourierView;
import io.quartier.delivery.api.EarningsSummary;
import io.quartier.delivery.api.PositionFix;
import io.quartier.delivery.application.Couriers;
import io.quartier.delivery.application.Earnings;
import io.quartier.delivery.application.Itineraries;
import io.quartier.delivery.application.Tracking;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Couriers' own profiles (made on first use) and, for admins, their approval and suspension. */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("couriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourierResource implements CourierApi {

    @Inject
    Couriers couriers;

    @Inject
    Tracking tracking;

    @Inject
    Earnings earnings;

    @Inject
    Itineraries itineraries;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Path("me")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "The caller's courier profile, made pending approval on first use")
    public CourierView me(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return JobViews.of(couriers.profile(Callers.accountId(caller), name()));
    }

    @Override
    @GET
    @Path("zones")
    @RolesAllowed({Roles.COURIER, Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "The zones couriers are dispatched in, by name")
    public List<String> zones(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return couriers.zoneNames();
    }

    @Override
    @PUT
    @Path("me/profile")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "The caller's vehicle (BIKE, SCOOTER, CAR) and home zone: one of the zones, or one of its"
            + " districts (\"Paris 9e\"); 400 problem.courier.unknownZone (errors.zones lists them) for another")
    public CourierView describe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, CourierProfile profile) {
        if (profile == null) {
            throw DomainException.invalid("problem.courier.invalidVehicle", "a profile is needed");
        }
        return JobViews.of(couriers.describe(Callers.accountId(caller), name(), profile.vehicle(), profile.homeZone()));
    }

    @Override
    @PUT
    @Path("me/availability")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "ONLINE, ON_BREAK or OFFLINE; 409 problem.courier.notApproved for going online unapproved")
    public CourierView changeAvailability(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                          AvailabilityChange change) {
        return JobViews.of(couriers.changeAvailability(Callers.accountId(caller), name(),
                change == null ? null : change.availability()));
    }

    @Override
    @POST
    @Path("me/position")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "The caller's position now; 400 problem.position.invalid, problem.position.outsideZone "
            + "(far from every store) or problem.position.tooFast (faster than any courier from the last one)")
    public void report(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, PositionFix fix) {
        if (fix == null) {
            throw DomainException.invalid("problem.position.invalid", "a position is needed");
        }
        tracking.report(Callers.accountId(caller), fix.latitude(), fix.longitude());
    }

    @Override
    @GET
    @Path("me/earnings")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "The caller's earnings from delivered jobs: the last seven days, this week, the last jobs")
    public EarningsSummary earnings(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return earnings.of(Callers.accountId(caller));
    }

    @Override
    @GET
    @Path("me/tour")
    @RolesAllowed(Roles.COURIER)
    @Operation(summary = "The caller's stops still to make (PICKUP, DROPOFF) in the order to drive them from its last "
            + "known position, each with its expected arrival")
    public CourierTour tour(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return itineraries.of(Callers.accountId(caller));
    }

    @Override
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Every courier, pending ones first")
    public List<CourierView> couriers(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return couriers.all().stream().map(JobViews::of).toList();
    }

    @Override
    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a courier: it may go online and be offered jobs")
    public CourierView approve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return JobViews.of(couriers.approve(id));
    }

    @Override
    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suspend a courier: offline, its open offers go to others")
    public CourierView suspend(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return JobViews.of(couriers.suspend(id));
    }

    private String name() {
        Object name = caller.getClaim("name");
        return name == null ? caller.getName() : name.toString().replace("\"", "");
    }
}
