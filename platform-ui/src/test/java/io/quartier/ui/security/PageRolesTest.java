package io.quartier.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRolesTest {

    private final PageRoles backoffice = PageRoles.parse(
            " /merchant/=MERCHANT; /admin/=ADMIN, SUPPORT; /admin/ledger.xhtml=ADMIN;");

    @Test
    void theLongestRuleThatCoversAPageDecides() {
        assertEquals(Optional.of(Set.of("MERCHANT")), backoffice.of("/merchant/orders.xhtml"));
        assertEquals(Optional.of(Set.of("ADMIN", "SUPPORT")), backoffice.of("/admin/index.xhtml"));
        assertEquals(Optional.of(Set.of("ADMIN")), backoffice.of("/admin/ledger.xhtml"), "the ledger is for admins only");
    }

    @Test
    void aPageNoRuleCoversIsOpen() {
        assertEquals(Optional.empty(), backoffice.of("/login.xhtml"));
        assertEquals(Optional.empty(), backoffice.of("/merchant"), "the folder's own name is no page below it");
        assertEquals(Optional.empty(), backoffice.of("/administration.xhtml"));
        assertEquals(Optional.empty(), PageRoles.parse(null).of("/admin/index.xhtml"));
    }

    @Test
    void anExactRuleCoversOnlyItsPage() {
        PageRoles shop = PageRoles.parse("/basket.xhtml=CUSTOMER;/orders/=CUSTOMER");
        assertEquals(Optional.of(Set.of("CUSTOMER")), shop.of("/basket.xhtml"));
        assertEquals(Optional.empty(), shop.of("/basket.xhtml.bak"));
    }

    @Test
    void aMalformedRuleStopsTheWebappFromStarting() {
        for (String wrong : new String[] {"basket.xhtml=CUSTOMER", "/basket.xhtml", "/basket.xhtml=", "/a=B=C"}) {
            assertThrows(IllegalArgumentException.class, () -> PageRoles.parse(wrong), wrong);
        }
    }
}
