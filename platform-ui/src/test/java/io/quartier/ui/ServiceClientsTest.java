package io.quartier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

class ServiceClientsTest {

    @RegisterRestClient(configKey = "kitchen")
    interface KitchenApi {
    }

    interface UnregisteredApi {
    }

    @Test
    void aClientIsMadeForEveryServiceInjectionPointOfAnInterface() {
        assertEquals(Optional.of(KitchenApi.class),
                ServiceClients.serviceApi(point(KitchenApi.class, Service.Literal.INSTANCE)));
        assertEquals(Optional.empty(), ServiceClients.serviceApi(point(KitchenApi.class, Default.Literal.INSTANCE)));
        assertEquals(Optional.empty(), ServiceClients.serviceApi(point(String.class, Service.Literal.INSTANCE)));
    }

    @Test
    void theUrlIsReadUnderTheInterfacesConfigKey() {
        assertEquals("kitchen", ServiceClients.configKey(KitchenApi.class));
        assertEquals(UnregisteredApi.class.getName(), ServiceClients.configKey(UnregisteredApi.class));
    }

    private static InjectionPoint point(Type type, Annotation qualifier) {
        return (InjectionPoint) Proxy.newProxyInstance(InjectionPoint.class.getClassLoader(),
                new Class<?>[] {InjectionPoint.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getType" -> type;
                    case "getQualifiers" -> Set.of(qualifier);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
