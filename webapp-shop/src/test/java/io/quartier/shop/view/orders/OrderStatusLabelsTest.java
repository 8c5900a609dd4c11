package io.quartier.shop.view.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.ordering.api.OrderStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The pages translate an order's status with {@code enum.OrderStatus.<status>} from platform-ui's bundle. */
class OrderStatusLabelsTest {

    @Test
    void everyOrderStatusIsTranslated() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/quartier/ui/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (OrderStatus status : OrderStatus.values()) {
            assertTrue(english.containsKey("enum.OrderStatus." + status.name()), status.name());
        }
    }
}
