package io.quartier.payment.domain.model.sale;

import java.util.Map;

/**
 * What one refund gives back, per part of the sale, VAT included, with the VAT in each part and the commission it
 * takes back when the sale is undone as it was made; {@code lines} are whole units given back (quantity per line position).
 */
public record RefundParts(long itemsGrossMinor, long itemsVatMinor, long feeGrossMinor, long feeVatMinor,
                          long tipMinor, long commissionMinor, Map<Integer, Integer> lines) {

    public static final RefundParts NONE = new RefundParts(0, 0, 0, 0, 0, 0, Map.of());

    public RefundParts {
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }

    public long totalMinor() {
        return Math.addExact(Math.addExact(itemsGrossMinor, feeGrossMinor), tipMinor);
    }

    /** The two together: what several refunds gave back. */
    public RefundParts plus(RefundParts other) {
        Map<Integer, Integer> merged = new java.util.HashMap<>(lines);
        other.lines.forEach((product, quantity) -> merged.merge(product, quantity, Integer::sum));
        return new RefundParts(itemsGrossMinor + other.itemsGrossMinor, itemsVatMinor + other.itemsVatMinor,
                feeGrossMinor + other.feeGrossMinor, feeVatMinor + other.feeVatMinor, tipMinor + other.tipMinor,
                commissionMinor + other.commissionMinor, merged);
    }
}
