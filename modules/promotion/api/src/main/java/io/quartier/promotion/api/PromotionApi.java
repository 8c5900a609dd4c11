package io.quartier.promotion.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The promotion context's contract. Ordering (as the SERVICE) asks what a basket's best discounts are and reserves and
 * releases an order's uses of them; a merchant creates, pauses and follows its own promotions; platform staff do the
 * same for promotions the platform funds.
 */
@RegisterRestClient(configKey = "promotion")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PromotionApi {

    /** The best discounts for a basket, and for every promotion considered whether it applies and why not. */
    @POST
    @Path("quotes")
    QuoteView quote(@HeaderParam("Authorization") String bearer, QuoteRequest basket);

    /**
     * Reserves an order's uses of the promotions its quote applied, once per order; 409
     * {@code problem.promotion.limitReached} when a limit is reached meanwhile (nothing is reserved then).
     */
    @PUT
    @Path("redemptions/{orderId}")
    void reserve(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId,
                 Reservation reservation);

    /** Gives back an order's uses (its checkout failed, or it was cancelled or rejected). None is fine. */
    @DELETE
    @Path("redemptions/{orderId}")
    void release(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId);

    /** The calling merchant's promotions with their uses and what they gave, newest first. */
    @GET
    @Path("merchants/me/promotions")
    List<PromotionView> merchantPromotions(@HeaderParam("Authorization") String bearer);

    /** The calling merchant creates a promotion for its own stores, funded by itself. */
    @POST
    @Path("merchants/me/promotions")
    PromotionView createForMerchant(@HeaderParam("Authorization") String bearer, NewPromotion promotion);

    /** The calling merchant pauses ({@code paused} true) or resumes one of its promotions. */
    @PUT
    @Path("merchants/me/promotions/{id}/paused")
    PromotionView pauseForMerchant(@HeaderParam("Authorization") String bearer, @PathParam("id") long id,
                                   Boolean paused);

    /** Every promotion (platform staff). */
    @GET
    @Path("promotions")
    List<PromotionView> promotions(@HeaderParam("Authorization") String bearer);

    /** Platform staff create a promotion, funded by the platform or by the merchant it names. */
    @POST
    @Path("promotions")
    PromotionView create(@HeaderParam("Authorization") String bearer, NewPromotion promotion);

    /** Platform staff pause ({@code paused} true) or resume any promotion. */
    @PUT
    @Path("promotions/{id}/paused")
    PromotionView pause(@HeaderParam("Authorization") String bearer, @PathParam("id") long id, Boolean paused);
}
