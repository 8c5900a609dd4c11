package io.quartier.delivery.infrastructure.catalog;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.StoreView;
import io.quartier.delivery.application.Stores;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Stores' positions from the catalog's public store view, kept once read (a store does not move often). A catalog
 * that fails otherwise than with 404 fails the caller, so the accepted order's event is delivered again.
 */
@ApplicationScoped
public class RestStores implements Stores {

    @Inject
    @ConfigProperty(name = "catalog/mp-rest/url", defaultValue = "http://localhost:8080/catalog/api")
    String url;

    private final Map<Long, GeoPoint> known = new ConcurrentHashMap<>();
    private CatalogApi catalog;

    @PostConstruct
    void connect() {
        catalog = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .build(CatalogApi.class);
    }

    @Override
    public Optional<GeoPoint> position(long storeId) {
        GeoPoint cached = known.get(storeId);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            StoreView store = catalog.store(storeId);
            GeoPoint point = new GeoPoint(store.latitude(), store.longitude());
            known.put(storeId, point);
            return Optional.of(point);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
