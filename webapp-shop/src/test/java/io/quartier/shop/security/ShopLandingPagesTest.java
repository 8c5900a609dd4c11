package io.quartier.shop.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ShopLandingPagesTest {

    private final ShopLandingPages pages = new ShopLandingPages();

    @Test
    void couriersStartAtTheirJobs() {
        assertEquals("/courier/jobs.xhtml", pages.after(Set.of("COURIER")));
    }

    @Test
    void customersStartAtTheStores() {
        assertEquals("/", pages.after(Set.of("CUSTOMER")));
    }
}
