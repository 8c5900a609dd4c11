package io.quartier.kernel.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A client of another service's api interface, as one service calls another: its address from
 * {@code <configKey>/mp-rest/url} (the launcher sets it; the interface's {@link RegisterRestClient} names the key),
 * else the service on this server, and short timeouts, so that a peer that does not answer fails the call rather
 * than holding a transaction. Build it once, from a bean being created ({@code @PostConstruct}).
 */
public final class ServiceClient {

    private ServiceClient() {
    }

    public static <T> T of(Class<T> api) {
        String service = api.getAnnotation(RegisterRestClient.class).configKey();
        String url = ConfigProvider.getConfig().getOptionalValue(service + "/mp-rest/url", String.class)
                .orElse("http://localhost:8080/" + service + "/api");
        return RestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS)
                .build(api);
    }
}
