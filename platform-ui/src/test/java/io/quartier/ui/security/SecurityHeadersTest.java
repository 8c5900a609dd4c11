package io.quartier.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void imagesComeFromThisOriginAloneWithoutTiles() {
        assertEquals(SecurityHeaders.POLICY, SecurityHeaders.policy("none"));
        assertEquals(SecurityHeaders.POLICY, SecurityHeaders.policy("javascript:alert(1)"));
    }

    @Test
    void aConfiguredTileServerMayServeImagesAndNothingElse() {
        String policy = SecurityHeaders.policy("https://{s}.tile.example.org/{z}/{x}/{y}.png");
        assertTrue(policy.contains("img-src 'self' data: blob: https://*.tile.example.org;"), policy);
        assertTrue(policy.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';"), policy);
        assertTrue(policy.contains("connect-src 'self' ws: wss:;"), policy);
    }
}
