package io.quartier.shop.view.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.ordering.api.GroupPriceBreakdown;
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

    @Test
    void aBasketOfSeveralStoresShowsEachStoresOffersAndEveryDiscountOnce() {
        PriceBreakdown.Offer notHere = new PriceBreakdown.Offer(9, "COUPON", "SAVE1", "MERCHANT", false, 0,
                "promotion.reason.otherStore");
        PriceBreakdown.Offer there = new PriceBreakdown.Offer(9, "COUPON", "SAVE1", "MERCHANT", true, 100, null);
        GroupPriceBreakdown price = new GroupPriceBreakdown("EUR", List.of(
                new GroupPriceBreakdown.Part(1, "Chez Marcel", List.of(), 1850, List.of(), List.of(notHere), 0),
                new GroupPriceBreakdown.Part(3, "Fromagerie", List.of(), 690, List.of(), List.of(there), 100)),
                2540, 299, 0, List.of(), 2739, 30, 100, null);

        PriceSummary whole = PriceSummary.of(price, Locale.UK);
        PriceSummary marcel = PriceSummary.of(price.parts().get(0), "EUR", Locale.UK);
        PriceSummary cheese = PriceSummary.of(price.parts().get(1), "EUR", Locale.UK);

        assertEquals(List.of(new PriceSummary.OfferRow("Coupon SAVE1", "-€1.00", true, null)), whole.getDiscounts());
        assertEquals(List.of(new PriceSummary.OfferRow("Coupon SAVE1", "", false, "This offer is not valid in this shop.")),
                marcel.getOffers(), "why not at the first store");
        assertEquals(whole.getDiscounts(), cheese.getDiscounts());
        assertEquals("€6.90", cheese.getSubtotal());
    }
}
