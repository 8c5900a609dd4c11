package io.quartier.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Makes a REST client for every {@code @Inject @Service SomeApi} of the webapp, so a webapp uses any context's api
 * jar without this shared jar knowing it. The base URL is the MicroProfile Config value
 * {@code <configKey>/mp-rest/url}, {@code configKey} being the one the interface names in its
 * {@code @RegisterRestClient} (else, as the MicroProfile spec says, its class name). Built by hand, once per
 * interface, because the api jars are not bean archives. Errors arrive as {@link ServiceProblem}s.
 */
public class ServiceClients implements Extension {

    private final Set<Class<?>> apis = ConcurrentHashMap.newKeySet();

    void collect(@Observes ProcessInjectionPoint<?, ?> event) {
        serviceApi(event.getInjectionPoint()).ifPresent(apis::add);
    }

    void register(@Observes AfterBeanDiscovery event) {
        for (Class<?> api : apis) {
            event.addBean()
                    .id(ServiceClients.class.getName() + "#" + api.getName())
                    .types(api, Object.class)
                    .qualifiers(Service.Literal.INSTANCE, Any.Literal.INSTANCE)
                    .scope(ApplicationScoped.class)
                    .produceWith(beans -> build(api, beans.select(Config.class).get()));
        }
    }

    /** The interface an injection point asks a client of, when it is qualified {@code @Service}. */
    static Optional<Class<?>> serviceApi(InjectionPoint point) {
        boolean service = point.getQualifiers().stream().anyMatch(q -> q.annotationType() == Service.class);
        return service && point.getType() instanceof Class<?> api && api.isInterface() ? Optional.of(api)
                : Optional.empty();
    }

    static String configKey(Class<?> api) {
        RegisterRestClient registration = api.getAnnotation(RegisterRestClient.class);
        return registration == null || registration.configKey().isBlank() ? api.getName() : registration.configKey();
    }

    static <T> T build(Class<T> api, Config config) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(config.getValue(configKey(api) + "/mp-rest/url", String.class)))
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
