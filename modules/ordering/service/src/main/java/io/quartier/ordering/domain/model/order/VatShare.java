package io.quartier.ordering.domain.model.order;

import io.quartier.kernel.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an order charges at one VAT rate and the VAT contained in it. Prices are VAT-inclusive, so the VAT is taken
 * out of the gross: {@code vat = gross × rate / (1 + rate)}, rounded half-even to the minor unit once per rate over
 * the rate's whole gross (not line by line: a receipt prints one VAT amount per rate, and rounding each line would
 * let the sum drift from it). A zero rate has a share too, with no VAT, so the receipt says the lines are zero-rated.
 *
 * @param basisPoints the rate in hundredths of a percent (550 = 5.5 %)
 */
public record VatShare(int basisPoints, long grossMinor, long vatMinor) {

    private static final int WHOLE = 10_000;

    /** @throws DomainException invalid {@code problem.order.invalidVatRate} for a rate outside 0 to 100 % */
    public static VatShare of(int basisPoints, long grossMinor) {
        requireRate(basisPoints);
        long vat = BigDecimal.valueOf(grossMinor).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(WHOLE + basisPoints), 0, RoundingMode.HALF_EVEN).longValueExact();
        return new VatShare(basisPoints, grossMinor, vat);
    }

    /** One share per rate of the gross amounts given, lowest rate first. */
    public static List<VatShare> split(Map<Integer, Long> grossByRate) {
        return new TreeMap<>(grossByRate).entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    /** @throws DomainException invalid {@code problem.order.invalidVatRate} for a rate outside 0 to 100 % */
    static void requireRate(int basisPoints) {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw DomainException.invalid("problem.order.invalidVatRate", "a VAT rate of " + basisPoints + " basis points");
        }
    }

    public long netMinor() {
        return grossMinor - vatMinor;
    }
}
