package io.quartier.shop.view.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.PriceBreakdown;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PriceSummaryTest {

    @Test
    void writesRatesAndAmountsAsTheReaderDoes() {
        assertEquals("5.5", PriceSummary.rate(550, Locale.ENGLISH));
        assertEquals("5,5", PriceSummary.rate(550, Locale.FRENCH));
        assertEquals("20", PriceSummary.rate(2000, Locale.GERMAN));
    }

    @Test
    void showsEveryPartOfWhatIsCharged() {
        PriceBreakdown price = new PriceBreakdown("EUR", List.of(), 4260, 299, 200,
                List.of(new OrderView.Vat(550, 360, 19, 341), new OrderView.Vat(2000, 299, 50, 249)), 4759, 25);
        PriceSummary summary = PriceSummary.of(price, Locale.UK);
        assertEquals("€42.60", summary.getSubtotal());
        assertEquals("€2.99", summary.getDeliveryFee());
        assertEquals("€2.00", summary.getTip());
        assertEquals("€47.59", summary.getTotal());
        assertEquals(List.of("5.5", "20"), summary.getVat().stream().map(PriceSummary.VatRow::getRate).toList());
        assertEquals("€0.19", summary.getVat().get(0).getVat());
        assertEquals("€3.41", summary.getVat().get(0).getNet());
    }
}
