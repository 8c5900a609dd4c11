package io.quartier.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.catalog.api.OptionGroupView;
import io.quartier.catalog.api.ProductView;
import io.quartier.kernel.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinePricingTest {

    private static final OptionGroupView SIZE = new OptionGroupView(1, "Size", Map.of(), 1, 1, List.of(
            new OptionGroupView.Option(11, "Bowl", Map.of(), 0),
            new OptionGroupView.Option(12, "Large tureen", Map.of(), 300)));
    private static final OptionGroupView EXTRAS = new OptionGroupView(2, "Extras", Map.of(), 0, 2, List.of(
            new OptionGroupView.Option(21, "Croutons", Map.of(), 50),
            new OptionGroupView.Option(22, "Comté", Map.of(), 150),
            new OptionGroupView.Option(23, "Bread", Map.of(), 0)));
    private static final ProductView SOUP = new ProductView(102, 1, 1, "French onion soup", null, 890, "EUR", 1000,
            true, null, null, null, List.of(), List.of(), List.of(SIZE, EXTRAS), null);

    @Test
    void theOptionsChosenAddTheirDeltasAndTheirNames() {
        LinePricing.Priced priced = LinePricing.price(SOUP, List.of(12L, 22L));

        assertEquals(890 + 300 + 150, priced.unitPriceMinor());
        assertEquals("French onion soup (Large tureen, Comté)", priced.name());
    }

    @Test
    void aRequiredChoiceMissingIsRefused() {
        assertEquals("problem.order.invalidOptions",
                assertThrows(ProblemException.class, () -> LinePricing.price(SOUP, List.of())).code());
    }

    @Test
    void moreThanAGroupAllowsIsRefused() {
        assertThrows(ProblemException.class, () -> LinePricing.price(SOUP, List.of(11L, 21L, 22L, 23L)));
        assertThrows(ProblemException.class, () -> LinePricing.price(SOUP, List.of(11L, 12L)));
    }

    @Test
    void anOptionOfAnotherProductOrTheSameOneTwiceIsRefused() {
        assertThrows(ProblemException.class, () -> LinePricing.price(SOUP, List.of(11L, 99L)));
        assertThrows(ProblemException.class, () -> LinePricing.price(SOUP, List.of(11L, 21L, 21L)));
    }

    @Test
    void aProductWithoutOptionsKeepsItsNameAndPrice() {
        ProductView tart = new ProductView(106, 1, 1, "Tarte Tatin", null, 790, "EUR", 1000, true, null, null, null,
                List.of(), List.of(), List.of(), null);

        assertEquals(new LinePricing.Priced("Tarte Tatin", 790), LinePricing.price(tart, List.of()));
    }
}
