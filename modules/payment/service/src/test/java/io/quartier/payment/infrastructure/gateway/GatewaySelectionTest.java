package io.quartier.payment.infrastructure.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewaySelectionTest {

    private static final String SECRET_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    private final GatewaySelection selection = new GatewaySelection();

    GatewaySelectionTest() {
        selection.sandbox = new SandboxGateway();
        selection.stripeSettings = new StripeSettings();
        selection.stripeSettings.apiBase = "http://127.0.0.1:1";
        selection.stripeSettings.networkRetries = 0;
        selection.stripeSettings.timeoutMillis = 1000;
        selection.stripeSettings.secretKey = Optional.of(SECRET_KEY);
        selection.stripeSettings.webhookSecret = Optional.of("whsec_test");
        selection.stripeSettings.returnUrl = Optional.empty();
        selection.stripeSettings.baseUrl = "http://localhost:8080";
    }

    @Test
    void stripeConfiguredIsTheGatewayAndOneAdapterServesEveryInjection() {
        selection.gateway = "stripe";

        assertInstanceOf(StripeGateway.class, selection.selected());
        assertSame(selection.selected(), selection.selected());
    }

    @Test
    void stripeWithoutItsSecretKeyStopsTheDeploymentNamingTheSetting() {
        selection.gateway = "stripe";
        selection.stripeSettings.secretKey = Optional.of(" ");

        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> selection.verifyAtStartup(null));

        assertTrue(stop.getMessage().contains("PAYMENT_STRIPE_SECRET_KEY"), stop.getMessage());
    }

    @Test
    void stripeWithoutItsWebhookSecretStopsTheDeploymentWithoutShowingTheKey() {
        selection.gateway = "stripe";
        selection.stripeSettings.webhookSecret = Optional.empty();

        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> selection.verifyAtStartup(null));

        assertTrue(stop.getMessage().contains("PAYMENT_STRIPE_WEBHOOK_SECRET"), stop.getMessage());
        assertFalse(stop.getMessage().contains(SECRET_KEY));
    }

    @Test
    void theSandboxNeedsNoStripeSettings() {
        selection.gateway = "sandbox";
        selection.stripeSettings.secretKey = Optional.empty();
        selection.stripeSettings.webhookSecret = Optional.empty();

        assertSame(selection.sandbox, selection.selected());
    }

    @Test
    void anUnknownGatewayStopsTheDeploymentNamingTheKnownOnes() {
        selection.gateway = "paypal";

        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> selection.verifyAtStartup(null));

        assertTrue(stop.getMessage().contains("sandbox, stripe"), stop.getMessage());
    }
}
