package io.quartier.shop.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quartier.catalog.api.StoreView;
import io.quartier.payment.api.PaymentMethodView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PaymentOptionTest {

    @Test
    void thePreferredMethodComesFirst() {
        List<PaymentOption> options = PaymentOption.of(List.of(
                new PaymentMethodView(1, "VISA", "4242", 12, 2030, false),
                new PaymentMethodView(2, "MASTERCARD", "4444", 1, 2029, true)));

        assertEquals(List.of(2L, 1L), options.stream().map(PaymentOption::getId).toList());
        assertEquals("MASTERCARD •••• 4444", options.get(0).getLabel());
    }

    @Test
    void storesAreGroupedByCountryNamedForTheReader() {
        List<CountryStores> countries = CountryStores.group(List.of(
                store(1, "Chez Marcel", "FR"), store(2, "Camden Deli", "GB"), store(3, "La Fromagerie", "FR")),
                Locale.FRENCH);

        assertEquals(List.of("France", "Royaume-Uni"), countries.stream().map(CountryStores::getName).toList());
        assertEquals(List.of("Chez Marcel", "La Fromagerie"),
                countries.get(0).getStores().stream().map(StoreRow::getName).toList());
    }

    private static StoreView store(long id, String name, String country) {
        return new StoreView(id, id, name, "RESTAURANT", name, "somewhere", country, "EUR", "Europe/Paris", "fr", 0, 0, "OPEN", null, null, null, null);
    }
}
