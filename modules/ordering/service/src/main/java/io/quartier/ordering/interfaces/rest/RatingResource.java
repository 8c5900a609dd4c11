package io.quartier.ordering.interfaces.rest;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.ordering.api.RatingRequest;
import io.quartier.ordering.api.RatingView;
import io.quartier.ordering.api.RatingsApi;
import io.quartier.ordering.api.StoreScore;
import io.quartier.ordering.application.Ratings;
import io.quartier.ordering.domain.model.rating.Rating;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ratings of delivered orders, each seen by its customer, its merchant (the store's part) and staff. Serves {@link RatingsApi}. */
@RequestScoped
@Tag(name = "ordering")
@Server(url = "/ordering", description = "ordering service")
@Path("ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource implements RatingsApi {

    private static final int MAX_STORES = 200;

    @Inject
    Ratings ratings;

    @Inject
    JsonWebToken caller;

    @Override
    @PUT
    @Path("orders/{orderId}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer rates their delivered order, or changes the rating within a day")
    @APIResponse(responseCode = "400", description = "problem.invalid or problem.rating.*: stars not 1 to 5, a comment"
            + " over 1,000 characters, the courier's stars missing, or given for an order no courier delivered")
    @APIResponse(responseCode = "404", description = "not one of the customer's orders")
    @APIResponse(responseCode = "409", description = "problem.rating.notDelivered, or problem.rating.final after a day")
    public RatingView rate(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") long orderId,
                           RatingRequest rating) {
        return view(ratings.rate(orderId, Callers.accountId(caller), rating), true);
    }

    @Override
    @GET
    @Path("orders/{orderId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "An order's rating; 404 when it has none or the order is not the caller's")
    public RatingView rating(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") long orderId) {
        boolean merchant = caller.getGroups().contains(Roles.MERCHANT);
        Rating rating = ratings.ofOrder(orderId, this::visible)
                .orElseThrow(() -> DomainException.notFound("rating of order", orderId));
        return view(rating, !merchant);
    }

    @Override
    @GET
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The calling merchant's ratings with their comments, newest first (the store's part only)")
    public List<RatingView> merchantRatings(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return ratings.ofMerchant(Callers.merchantId(caller)).stream().map(r -> view(r, false)).toList();
    }

    @Override
    @GET
    @Path("stores")
    @PermitAll
    @Operation(summary = "Average stars of the stores named (ids: comma-separated, at most 200); unrated ones are left out")
    @APIResponse(responseCode = "400", description = "problem.rating.storeIds: not a list of at most 200 store ids")
    public List<StoreScore> storeScores(@QueryParam("ids") String storeIds) {
        return ratings.scores(storeIds(storeIds)).stream()
                .map(s -> new StoreScore(s.storeId(), Math.round(s.average() * 10) / 10.0, s.count()))
                .toList();
    }

    private static List<Long> storeIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        String[] parts = ids.split(",", MAX_STORES + 2);
        if (parts.length > MAX_STORES) {
            throw ProblemException.invalid("problem.rating.storeIds", "at most " + MAX_STORES + " store ids");
        }
        try {
            return Arrays.stream(parts).map(String::strip).map(Long::valueOf).distinct().toList();
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("problem.rating.storeIds", "store ids are comma-separated numbers");
        }
    }

    private boolean visible(Rating rating) {
        if (caller.getGroups().contains(Roles.CUSTOMER)) {
            return rating.getCustomerId() == Callers.accountId(caller);
        }
        if (caller.getGroups().contains(Roles.MERCHANT)) {
            return rating.getMerchantId() == Callers.merchantId(caller);
        }
        return true;
    }

    /** The rating; with {@code courierPart} false (a merchant reading), the courier's stars and comment are left out. */
    private static RatingView view(Rating r, boolean courierPart) {
        return new RatingView(r.getOrderId(), r.getStoreId(), r.getStoreStars(), r.getStoreComment(),
                courierPart ? r.getCourierStars() : null, courierPart ? r.getCourierComment() : null, r.getRatedAt(),
                r.getRatedAt().plus(Rating.EDITABLE_FOR));
    }
}
