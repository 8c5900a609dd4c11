package io.quartier.shop.view.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TipTest {

    @Test
    void aPresetIsWholeUnitsOfTheStoresCurrency() {
        assertEquals(OptionalLong.of(0), Tip.minor("0", null, "EUR"));
        assertEquals(OptionalLong.of(200), Tip.minor("2", null, "GBP"));
        assertEquals(OptionalLong.of(300), Tip.minor("3", "999", "MAD"), "the typed amount counts only when chosen");
        assertEquals(OptionalLong.of(3), Tip.minor("3", null, "JPY"), "a currency without decimals");
    }

    @Test
    void aTypedAmountIsReadWithAPointOrAComma() {
        assertEquals(OptionalLong.of(250), Tip.minor(Tip.CUSTOM, "2.50", "EUR"));
        assertEquals(OptionalLong.of(250), Tip.minor(Tip.CUSTOM, " 2,5 ", "EUR"));
        assertEquals(OptionalLong.of(10_000), Tip.minor(Tip.CUSTOM, "100", "EUR"), "the most ordering takes");
    }

    @Test
    void refusesWhatIsNoAmountOfTheCurrencyOrTooMuch() {
        for (String typed : new String[] {"", "-1", "1.234", "1e3", "abc", "100.01", "99999999999999", "1.5"}) {
            OptionalLong read = Tip.minor(Tip.CUSTOM, typed, typed.equals("1.5") ? "JPY" : "EUR");
            assertEquals(OptionalLong.empty(), read, typed);
        }
        assertEquals(OptionalLong.empty(), Tip.minor(Tip.CUSTOM, null, "EUR"));
    }

    @Test
    void theMostIsAboutAHundredEurosWorthInEachCurrency() {
        assertEquals(OptionalLong.of(100_000), Tip.minor(Tip.CUSTOM, "1000", "MAD"), "1,000 dirhams, not 100");
        assertEquals(OptionalLong.empty(), Tip.minor(Tip.CUSTOM, "1000.01", "MAD"));
        assertEquals(OptionalLong.of(10_000), Tip.minor(Tip.CUSTOM, "100", "GBP"));
        assertEquals(OptionalLong.empty(), Tip.minor(Tip.CUSTOM, "100.01", "GBP"));
        assertEquals(OptionalLong.of(15_000), Tip.minor(Tip.CUSTOM, "15000", "JPY"), "yen have no decimals");
        assertEquals(OptionalLong.empty(), Tip.minor(Tip.CUSTOM, "15001", "JPY"));
    }
}
