package io.quartier.promotion.interfaces.rest;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.promotion.api.NewPromotion;
import io.quartier.promotion.api.PromotionApi;
import io.quartier.promotion.api.PromotionOutcome;
import io.quartier.promotion.api.PromotionView;
import io.quartier.promotion.api.QuoteRequest;
import io.quartier.promotion.api.QuoteView;
import io.quartier.promotion.api.Reservation;
import io.quartier.promotion.application.ManagedPromotions;
import io.quartier.promotion.application.Quotes;
import io.quartier.promotion.application.Redemptions;
import io.quartier.promotion.domain.model.promotion.Basket;
import io.quartier.promotion.domain.model.promotion.Funder;
import io.quartier.promotion.domain.model.promotion.Promotion;
import io.quartier.promotion.domain.model.promotion.PromotionKind;
import io.quartier.promotion.domain.model.promotion.Terms;
import io.quartier.promotion.domain.service.BestDiscounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link PromotionApi}: quotes and redemptions for ordering (the SERVICE role only: a customer never reserves
 * or releases a use itself), a merchant's own promotions (its merchant id from its token), and every promotion for
 * platform staff. The JAX-RS annotations are repeated so this class reads on its own and the OpenAPI scan (which
 * skips the api package) documents it.
 */
@RequestScoped
@Tag(name = "promotion")
@Server(url = "/promotion", description = "promotion service")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromotionResource implements PromotionApi {

    @Inject
    Quotes quotes;

    @Inject
    Redemptions redemptions;

    @Inject
    ManagedPromotions managed;

    @Inject
    JsonWebToken caller;

    @Override
    @POST
    @Path("quotes")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "The best discounts for a basket, with why each promotion considered applies or not")
    public QuoteView quote(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, QuoteRequest basket) {
        if (basket == null) {
            throw DomainException.invalid("problem.promotion.basket", "a quote needs a basket");
        }
        Basket checked = Quotes.basket(basket.storeId(), basket.merchantId(), basket.storeTimeZone(),
                basket.currency(), basket.customerId(), basket.firstOrder(), basket.deliveryFeeMinor(),
                basket.lines() == null ? null : basket.lines().stream().map(l -> l == null ? null
                        : new Basket.Line(l.productId(), l.shelfId(), l.unitPriceMinor(), l.quantity())).toList());
        BestDiscounts.Result result = quotes.quote(checked, basket.couponCode());
        return new QuoteView(checked.currency(), result.outcomes().stream().map(PromotionResource::outcome).toList(),
                result.discountMinor());
    }

    @Override
    @PUT
    @Path("redemptions/{orderId}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Reserve an order's uses of promotions, all or none; 409 when a limit is reached")
    public void reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") long orderId,
                        Reservation reservation) {
        if (reservation == null || reservation.uses() == null || reservation.uses().contains(null)) {
            throw DomainException.invalid("problem.promotion.reservation", "a reservation lists its uses");
        }
        Map<Long, Long> amounts = new LinkedHashMap<>();
        reservation.uses().forEach(u -> amounts.merge(u.promotionId(), u.amountMinor(), Math::addExact));
        redemptions.reserve(orderId, reservation.customerId(), reservation.currency(), amounts,
                reservation.orderTotalMinor());
    }

    @Override
    @DELETE
    @Path("redemptions/{orderId}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Give back an order's uses of promotions (none is fine)")
    public void release(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") long orderId) {
        redemptions.release(orderId);
    }

    @Override
    @GET
    @Path("merchants/me/promotions")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The calling merchant's promotions, with their uses and the discounts they gave")
    public List<PromotionView> merchantPromotions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return managed.ofMerchant(Callers.merchantId(caller)).stream().map(PromotionResource::view).toList();
    }

    @Override
    @POST
    @Path("merchants/me/promotions")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Create a promotion for the calling merchant's stores, funded by the merchant")
    public PromotionView createForMerchant(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                           NewPromotion promotion) {
        return view(managed.createForMerchant(Callers.merchantId(caller), terms(promotion)));
    }

    @Override
    @PUT
    @Path("merchants/me/promotions/{id}/paused")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Pause (true) or resume (false) one of the calling merchant's promotions")
    public PromotionView pauseForMerchant(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                          @PathParam("id") long id, Boolean paused) {
        return view(managed.pause(Callers.merchantId(caller), id, required(paused)));
    }

    @Override
    @GET
    @Path("promotions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every promotion (platform staff)")
    public List<PromotionView> promotions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return managed.all().stream().map(PromotionResource::view).toList();
    }

    @Override
    @POST
    @Path("promotions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a promotion funded by the platform or by the merchant it names (platform staff)")
    public PromotionView create(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, NewPromotion promotion) {
        return view(managed.create(terms(promotion)));
    }

    @Override
    @PUT
    @Path("promotions/{id}/paused")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Pause (true) or resume (false) any promotion (platform staff)")
    public PromotionView pause(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                               Boolean paused) {
        return view(managed.pause(null, id, required(paused)));
    }

    /** A body of true or false: a null (Jersey's own plain-text 400 for a primitive) is a problem like any other. */
    private static boolean required(Boolean paused) {
        if (paused == null) {
            throw DomainException.invalid("problem.promotion.invalid", "the body is true (pause) or false (resume)")
                    .withError("field", "paused");
        }
        return paused;
    }

    private static Terms terms(NewPromotion p) {
        if (p == null) {
            throw DomainException.invalid("problem.promotion.invalid", "a promotion has terms").withError("field", "kind");
        }
        return new Terms(kind(p.kind()), p.merchantId(), funder(p.funder()), p.code(), p.percent(), p.amountMinor(),
                p.currency(), p.minimumBasketMinor() == null ? 0 : p.minimumBasketMinor(), p.firstOrderOnly(),
                p.perCustomerLimit(), p.totalLimit(), p.validFrom(), p.validUntil(),
                p.storeIds() == null ? null : new HashSet<>(p.storeIds()), p.shelfId(), p.productId(),
                time(p.happyFrom(), "happyFrom"), time(p.happyUntil(), "happyUntil"));
    }

    private static PromotionKind kind(String kind) {
        try {
            return PromotionKind.valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("problem.promotion.invalid", "a kind is one of COUPON, FREE_DELIVERY,"
                    + " HAPPY_HOUR, TWO_FOR_ONE").withError("field", "kind");
        }
    }

    private static Funder funder(String funder) {
        try {
            return funder == null ? Funder.PLATFORM : Funder.valueOf(funder.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("problem.promotion.invalid", "a funder is MERCHANT or PLATFORM")
                    .withError("field", "funder");
        }
    }

    private static LocalTime time(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("problem.promotion.invalid", field + " is a time, HH:mm")
                    .withError("field", field);
        }
    }

    private static PromotionOutcome outcome(BestDiscounts.Outcome o) {
        return new PromotionOutcome(o.promotionId(), o.kind(), o.code(),
                o.funder() == null ? null : o.funder().name(), o.applies(), o.amountMinor(), o.reasonKey());
    }

    static PromotionView view(Promotion p) {
        return new PromotionView(p.getId(), p.getKind().name(), p.getCode(), p.getMerchantId(), p.getFunder().name(),
                p.getPercent(), p.getAmountMinor(), p.getCurrency(), p.getMinimumBasketMinor(), p.isFirstOrderOnly(),
                p.getPerCustomerLimit(), p.getTotalLimit(), p.getValidFrom(), p.getValidUntil(),
                List.copyOf(p.getStoreIds()), p.getShelfId(), p.getProductId(),
                p.getHappyFrom() == null ? null : p.getHappyFrom().toString(),
                p.getHappyUntil() == null ? null : p.getHappyUntil().toString(), p.isPaused(), p.getUsed(),
                p.getRedeemed(), p.getDiscountTotalMinor(), p.getSalesTotalMinor());
    }
}
