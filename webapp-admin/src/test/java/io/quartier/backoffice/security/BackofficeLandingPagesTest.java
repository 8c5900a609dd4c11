package io.quartier.backoffice.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BackofficeLandingPagesTest {

    private final BackofficeLandingPages pages = new BackofficeLandingPages();

    @Test
    void merchantsStartAtTheirOrderQueue() {
        assertEquals("/merchant/orders.xhtml", pages.after(Set.of("MERCHANT")));
    }

    @Test
    void platformStaffStartAtTheConsole() {
        assertEquals("/admin/index.xhtml", pages.after(Set.of("ADMIN")));
        assertEquals("/admin/index.xhtml", pages.after(Set.of("SUPPORT")));
    }

    @Test
    void anyoneElseStartsAtTheHomePage() {
        assertEquals("/", pages.after(Set.of("CUSTOMER")));
    }
}
