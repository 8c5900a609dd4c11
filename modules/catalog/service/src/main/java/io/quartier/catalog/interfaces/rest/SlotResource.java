package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.DeliverySlotView;
import io.quartier.catalog.api.SlotsApi;
import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.catalog.domain.model.capacity.DeliverySlot;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.kernel.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@link SlotsApi}: the windows a store offers for scheduled orders, public like the store itself. */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("stores/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SlotResource implements SlotsApi {

    @Inject
    KitchenCapacity capacity;

    @Override
    @GET
    @Operation(summary = "The windows of a day (store's clock) an order can be served in, for a delivery place")
    @APIResponse(responseCode = "400", description = "catalog.slots.date (not today to a week ahead, or not a date),"
            + " catalog.place.invalid")
    @APIResponse(responseCode = "404", description = "problem.notFound: no such store")
    @APIResponse(responseCode = "409", description = "catalog.slots.outOfRange: the store does not deliver there")
    public List<DeliverySlotView> slots(@PathParam("id") long storeId, @QueryParam("date") String date,
                                        @QueryParam("lat") String latitude, @QueryParam("lon") String longitude) {
        Place place = latitude == null && longitude == null ? null : Place.parse(latitude, longitude);
        return capacity.slots(storeId, date(date), place).stream().map(SlotResource::view).toList();
    }

    private static LocalDate date(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("catalog.slots.date", "date is an ISO local date such as 2026-11-29")
                    .withError("date", date == null ? "" : date.substring(0, Math.min(date.length(), 40)));
        }
    }

    private static DeliverySlotView view(DeliverySlot slot) {
        return new DeliverySlotView(slot.window().start(), slot.window().end(), slot.localStart().toString(),
                slot.offset().getId().equals("Z") ? "+00:00" : slot.offset().getId(), slot.cookFrom(), slot.free());
    }
}
