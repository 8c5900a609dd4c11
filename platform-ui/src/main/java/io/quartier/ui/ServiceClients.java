package io.quartier.ui;

import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.PhotoApi;
import io.quartier.delivery.api.DeliveryApi;
import io.quartier.identity.api.IdentityApi;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.payment.api.PaymentApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * REST clients of the core contexts, built from the MicroProfile Config keys {@code <context>/mp-rest/url}.
 * Built by hand because the api jars are not bean archives. Errors arrive as {@link ServiceProblem}s.
 */
@ApplicationScoped
public class ServiceClients {

    @Inject
    Config config;

    @Produces
    @Service
    @ApplicationScoped
    IdentityApi identity() {
        return build(IdentityApi.class, "identity");
    }

    @Produces
    @Service
    @ApplicationScoped
    CatalogApi catalog() {
        return build(CatalogApi.class, "catalog");
    }

    @Produces
    @Service
    @ApplicationScoped
    MerchantCatalogApi merchantCatalog() {
        return build(MerchantCatalogApi.class, "catalog");
    }

    @Produces
    @Service
    @ApplicationScoped
    PhotoApi photos() {
        return build(PhotoApi.class, "catalog");
    }

    @Produces
    @Service
    @ApplicationScoped
    PaymentApi payment() {
        return build(PaymentApi.class, "payment");
    }

    @Produces
    @Service
    @ApplicationScoped
    OrderingApi ordering() {
        return build(OrderingApi.class, "ordering");
    }

    @Produces
    @Service
    @ApplicationScoped
    DeliveryApi delivery() {
        return build(DeliveryApi.class, "delivery");
    }

    private <T> T build(Class<T> api, String key) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(config.getValue(key + "/mp-rest/url", String.class)))
                .connectTimeout(config.getOptionalValue("quartier.ui.connect-timeout-ms", Long.class).orElse(3000L),
                        TimeUnit.MILLISECONDS)
                .readTimeout(config.getOptionalValue("quartier.ui.read-timeout-ms", Long.class).orElse(45000L),
                        TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                // Jersey's default connector (HttpURLConnection) refuses PATCH unless told to work around it.
                .property("jersey.config.client.httpUrlConnection.setMethodWorkaround", true)
                .register(ProblemResponseMapper.class)
                .build(api);
    }
}
