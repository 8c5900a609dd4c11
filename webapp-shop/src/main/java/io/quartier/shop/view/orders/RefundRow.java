package io.quartier.shop.view.orders;

import io.quartier.kernel.Money;
import io.quartier.payment.api.RefundView;
import io.quartier.ui.Formats;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A refund of the customer's order as its page shows it: how much, where it stands (the key of its status's text) and
 * when it was made, on the store's clock. Not the staff's reason nor who was at fault: those are the platform's.
 */
public record RefundRow(long id, String amount, String status, String createdAt) implements Serializable {

    static RefundRow of(RefundView refund, ZoneId zone, Locale reader) {
        return new RefundRow(refund.id(), Money.of(refund.amountMinor(), refund.currency()).format(reader),
                "enum.RefundStatus." + refund.status(), Formats.dateTime(refund.createdAt(), zone, reader));
    }
}
