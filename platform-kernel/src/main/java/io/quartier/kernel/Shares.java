package io.quartier.kernel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An amount in minor units split over parts in proportion to their weights, to the minor unit: each part gets the
 * whole units of its exact share, and the units left by rounding go one each to the parts with the largest remainders
 * (the first part in key order on a tie). So the shares always add up to the amount, and the same inputs always give
 * the same shares: how a discount on a whole basket is spread over its VAT rates, in ordering and in payment alike.
 */
public final class Shares {

    private Shares() {
    }

    /**
     * @param amountMinor 0 or more, at most the sum of the weights
     * @param weights     0 or more each, in the order ties are settled
     * @return each key's share, in the weights' order
     */
    public static <K> Map<K, Long> split(long amountMinor, SortedMap<K, Long> weights) {
        long whole = weights.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        if (amountMinor < 0 || amountMinor > whole || weights.values().stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("cannot split " + amountMinor + " over " + weights);
        }
        Map<K, Long> shares = new LinkedHashMap<>();
        List<Map.Entry<K, BigInteger>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<K, Long> part : weights.entrySet()) {
            BigInteger[] exact = whole == 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO}
                    : BigInteger.valueOf(amountMinor).multiply(BigInteger.valueOf(part.getValue()))
                            .divideAndRemainder(BigInteger.valueOf(whole));
            shares.put(part.getKey(), exact[0].longValueExact());
            remainders.add(Map.entry(part.getKey(), exact[1]));
            given += exact[0].longValueExact();
        }
        // a stable sort keeps key order among equal remainders
        remainders.sort(Comparator.comparing((Map.Entry<K, BigInteger> e) -> e.getValue()).reversed());
        for (int i = 0; given < amountMinor; i++, given++) {
            shares.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return shares;
    }
}
