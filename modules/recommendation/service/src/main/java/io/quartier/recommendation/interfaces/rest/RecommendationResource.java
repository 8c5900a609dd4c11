package io.quartier.recommendation.interfaces.rest;

import static io.quartier.recommendation.domain.model.preference.Chooser.CUSTOMER;
import static io.quartier.recommendation.domain.model.preference.Chooser.MERCHANT;

import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.recommendation.api.Preference;
import io.quartier.recommendation.api.RecommendationApi;
import io.quartier.recommendation.api.RecommendationTexts;
import io.quartier.recommendation.api.RecommendationView;
import io.quartier.recommendation.application.Preferences;
import io.quartier.recommendation.application.Recommendations;
import io.quartier.recommendation.domain.model.suggestion.Suggestion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Suggestions for the calling customer (from its token: no other customer's can be asked for) and the switches.
 * Serves {@link RecommendationApi}; the JAX-RS annotations are repeated so this class reads on its own and the OpenAPI
 * scan (which skips the api package) documents it. A CDI bean ({@code @RequestScoped}), so that its configuration is
 * injected.
 */
@RequestScoped
@Tag(name = "recommendation")
@Server(url = "/recommendation", description = "recommendation service (optional)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource implements RecommendationApi {

    /** Stores one request may name in {@code near}. */
    static final int MAX_STORES = 100;
    private static final int DEFAULT_LIMIT = 10;

    @Inject
    Recommendations recommendations;

    @Inject
    Preferences preferences;

    @Inject
    JsonWebToken caller;

    @Inject
    @ConfigProperty(name = "recommendation.answer-delay", defaultValue = "PT0S")
    Duration answerDelay;

    @Override
    @GET
    @Path("recommendations")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Suggested products for the caller, from a store or the stores near it, each with its reason")
    public List<RecommendationView> recommendations(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                                    @QueryParam("store") Long store, @QueryParam("near") String near,
                                                    @QueryParam("limit") Integer limit) {
        pause();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw DomainException.invalid("problem.recommendation.limit", "limit must be 1 to " + MAX_LIMIT)
                    .withError("limit", limit);
        }
        if (store != null && store < 1) {
            throw DomainException.invalid("problem.recommendation.store", "store must be a store's id")
                    .withError("store", store);
        }
        return recommendations.forCustomer(Callers.accountId(caller), store, stores(near), size).stream()
                .map(RecommendationResource::view).toList();
    }

    @Override
    @GET
    @Path("preferences/me")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Whether the caller gets suggestions")
    public Preference preference(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return new Preference(preferences.wants(CUSTOMER, Callers.accountId(caller)));
    }

    @Override
    @PUT
    @Path("preferences/me")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Switch the caller's suggestions on or off")
    public Preference choose(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, Preference preference) {
        return new Preference(preferences.choose(CUSTOMER, Callers.accountId(caller), preference.enabled()));
    }

    @Override
    @GET
    @Path("merchants/me")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Whether the caller's merchant has its products suggested")
    public Preference merchantPreference(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return new Preference(preferences.wants(MERCHANT, Callers.merchantId(caller)));
    }

    @Override
    @PUT
    @Path("merchants/me")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Opt the caller's merchant in or out of suggestions")
    public Preference chooseForMerchant(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, Preference preference) {
        return new Preference(preferences.choose(MERCHANT, Callers.merchantId(caller), preference.enabled()));
    }

    /** The stores of {@code near}: up to {@value #MAX_STORES} positive ids, comma-separated. */
    static Set<Long> stores(String near) {
        Set<Long> stores = new LinkedHashSet<>();
        if (near == null || near.isBlank()) {
            return stores;
        }
        String[] ids = near.split(",", MAX_STORES + 2);
        if (ids.length > MAX_STORES) {
            throw DomainException.invalid("problem.recommendation.near", "at most " + MAX_STORES + " stores")
                    .withError("near", ids.length);
        }
        List<String> bad = new ArrayList<>();
        for (String id : ids) {
            try {
                long value = Long.parseLong(id.strip());
                if (value < 1) {
                    bad.add(id);
                } else {
                    stores.add(value);
                }
            } catch (NumberFormatException e) {
                bad.add(id);
            }
        }
        if (!bad.isEmpty()) {
            throw DomainException.invalid("problem.recommendation.near", "near takes store ids separated by commas")
                    .withError("near", bad.size() + " not a store id");
        }
        return stores;
    }

    /** The test hook {@code recommendation.answer-delay}: a slow module, on purpose. */
    private void pause() {
        if (!answerDelay.isZero() && !answerDelay.isNegative()) {
            try {
                Thread.sleep(answerDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static RecommendationView view(Suggestion s) {
        String reason = switch (s.reason()) {
            case BECAUSE_YOU_ORDERED -> RecommendationTexts.BECAUSE_YOU_ORDERED;
            case POPULAR_NEAR_YOU -> RecommendationTexts.POPULAR_NEAR_YOU;
            case POPULAR_HERE -> RecommendationTexts.POPULAR_HERE;
        };
        return new RecommendationView(s.productId(), s.storeId(), s.name(), reason, s.because());
    }
}
