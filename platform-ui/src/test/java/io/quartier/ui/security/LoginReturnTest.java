package io.quartier.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginReturnTest {

    @Test
    void goesBackToAPageOfTheWebapp() {
        assertEquals(Optional.of("/orders/order.xhtml?id=12"), LoginReturn.of("/orders/order.xhtml?id=12"));
        assertEquals(Optional.of("/basket.xhtml"), LoginReturn.of("/basket.xhtml"));
    }

    @Test
    void neverToAnotherSite() {
        for (String elsewhere : new String[] {"//evil.example/x", "/\\evil.example", "https://evil.example/",
                "evil.example", "/a\r\nLocation: //evil.example", "", "/x?u=https://evil.example",
                "/" + "a".repeat(600)}) {
            assertEquals(Optional.empty(), LoginReturn.of(elsewhere), elsewhere);
        }
        assertEquals(Optional.empty(), LoginReturn.of(null));
    }
}
