package io.quartier.ordering.infrastructure.catalog;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** The catalog, in ordering's terms: the store an order is for and the current prices of its products. */
@ApplicationScoped
public class CatalogProducts {

    @Inject
    @ConfigProperty(name = "catalog/mp-rest/url", defaultValue = "http://localhost:8080/catalog/api")
    String url;

    private CatalogApi catalog;

    @PostConstruct
    void connect() {
        catalog = RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(CatalogApi.class);
    }

    public StoreView store(long storeId) {
        try {
            return catalog.store(storeId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalid("problem.order.unknownStore", "store " + storeId + " does not exist");
            }
            throw e;
        }
    }

    public List<ProductView> products(List<Long> ids, String language) {
        return catalog.productsByIds(ids, language);
    }
}
