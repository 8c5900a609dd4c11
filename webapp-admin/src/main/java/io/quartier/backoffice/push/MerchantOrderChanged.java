package io.quartier.backoffice.push;

/** One of a merchant's orders changed; {@code eventType} is the ordering event's type. */
public record MerchantOrderChanged(long merchantId, long orderId, String eventType) {

    public boolean placed() {
        return "OrderPlaced".equals(eventType);
    }
}
