package io.quartier.shop.basket;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.api.CartLine;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's basket: products of one store at a time, kept by ordering for a logged-in customer ({@link KeptBasket}).
 * It also keeps the idempotency key of the checkout under way, so that a double click or a retry of the same order
 * never places it twice.
 */
@Named
@SessionScoped
public class Basket implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many of one product, as ordering accepts. */
    public static final int MAX_QUANTITY = 99;

    @Inject
    KeptBasket kept;

    private Long storeId;
    private String storeName;
    private String currency;
    private final List<BasketLine> lines = new ArrayList<>();
    private String checkoutAttempt;
    private String idempotencyKey;
    /** The key of a checkout whose outcome the customer did not see (no answer, or still being placed). */
    private String unsureKey;

    /**
     * Adds one of the product. A product of another store empties the basket first.
     *
     * @return true when the basket held another store's products, which are now gone
     */
    public synchronized boolean add(long storeId, String storeName, String currency, long productId, String name,
                                    long unitPriceMinor) {
        return add(storeId, storeName, currency, productId, List.of(), name, unitPriceMinor);
    }

    /**
     * Adds one of the product with these options ({@code name} and {@code unitPriceMinor} include them). The same
     * product with other options is another line.
     *
     * @return true when the basket held another store's products, which are now gone
     */
    public synchronized boolean add(long storeId, String storeName, String currency, long productId,
                                    List<Long> optionIds, String name, long unitPriceMinor) {
        boolean replaced = this.storeId != null && this.storeId != storeId && !lines.isEmpty();
        if (this.storeId == null || this.storeId != storeId) {
            reset();
            this.storeId = storeId;
            this.storeName = storeName;
            this.currency = currency;
        }
        BasketLine added = new BasketLine(productId, optionIds, name, unitPriceMinor, currency);
        line(added.getKey()).ifPresentOrElse(line -> line.setQuantity(Math.min(MAX_QUANTITY, line.getQuantity() + 1)),
                () -> lines.add(added));
        keep();
        return replaced;
    }

    /** Puts back a line of the kept basket at login; a line of another store than the basket's is left out. */
    synchronized void restore(long storeId, String storeName, String currency, long productId, List<Long> optionIds,
                              String name, long unitPriceMinor, int quantity) {
        if (this.storeId == null) {
            this.storeId = storeId;
            this.storeName = storeName;
            this.currency = currency;
        } else if (this.storeId != storeId) {
            return;
        }
        BasketLine restored = new BasketLine(productId, optionIds, name, unitPriceMinor, currency);
        restored.setQuantity(Math.min(MAX_QUANTITY, quantity));
        lines.add(restored);
    }

    /** A product's name with the options chosen, as a line shows it: "Pizza (Large, Extra cheese)". */
    public static String lineName(String product, List<String> options) {
        return options.isEmpty() ? product : product + " (" + String.join(", ", options) + ")";
    }

    /** Sends the lines to ordering, which keeps them for the logged-in customer. */
    synchronized void keep() {
        kept.keep(lines.stream().map(line -> new CartLine(storeId, line.getProductId(), line.getOptionIds(),
                line.getQuantity())).toList());
    }

    public synchronized void increase(String key) {
        line(key).ifPresent(line -> line.setQuantity(Math.min(MAX_QUANTITY, line.getQuantity() + 1)));
        keep();
    }

    /** One fewer; the last one removes the line. */
    public synchronized void decrease(String key) {
        line(key).ifPresent(line -> {
            if (line.getQuantity() > 1) {
                line.setQuantity(line.getQuantity() - 1);
            } else {
                lines.remove(line);
            }
        });
        emptied();
        keep();
    }

    public synchronized void remove(String key) {
        lines.removeIf(line -> line.getKey().equals(key));
        emptied();
        keep();
    }

    public synchronized void clear() {
        reset();
        keep();
    }

    private void emptied() {
        if (lines.isEmpty()) {
            reset();
        }
    }

    private void reset() {
        lines.clear();
        storeId = null;
        storeName = null;
        currency = null;
        checkoutAttempt = null;
        idempotencyKey = null;
    }

    /**
     * The order this basket makes, paid with the given method, delivered to the given address (at the given
     * coordinates, or null for both when the place has none) with a tip for the courier in minor units, in the slot
     * starting {@code scheduledFor} (null: as soon as possible).
     */
    public synchronized PlaceOrder toOrder(long paymentMethodId, String deliveryAddress, Double latitude,
                                           Double longitude, long tipMinor, Instant scheduledFor) {
        return new PlaceOrder(storeId, orderLines(), paymentMethodId, deliveryAddress, latitude, longitude, tipMinor,
                scheduledFor);
    }

    /** What ordering is asked to price: this basket delivered at the coordinates (or none) with the tip. */
    public synchronized PriceRequest toPriceRequest(Double latitude, Double longitude, long tipMinor) {
        return new PriceRequest(storeId, orderLines(), latitude, longitude, tipMinor);
    }

    private List<PlaceOrder.Line> orderLines() {
        return lines.stream()
                .map(line -> new PlaceOrder.Line(line.getProductId(), line.getQuantity(), line.getOptionIds())).toList();
    }

    /**
     * The idempotency key for placing {@code order}: the same key as long as the order is the same (a retry,
     * a double click), a new one when the customer changed it, since the server refuses a key reused for a
     * different order.
     */
    /** Remembers that the checkout with this key ended without a clear answer. */
    public synchronized void checkoutUnsure(String key) {
        unsureKey = key;
    }

    /** The key of the last checkout whose outcome was not seen, if any, forgotten once asked for. */
    public synchronized String takeUnsureKey() {
        String key = unsureKey;
        unsureKey = null;
        return key;
    }

    public synchronized String checkoutKey(PlaceOrder order) {
        String attempt = order.toString();
        if (idempotencyKey == null || !attempt.equals(checkoutAttempt)) {
            checkoutAttempt = attempt;
            idempotencyKey = UUID.randomUUID().toString();
        }
        return idempotencyKey;
    }

    public synchronized Money total() {
        Money total = Money.zero(currency == null ? "EUR" : currency);
        for (BasketLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    public synchronized List<BasketLine> getLines() {
        return List.copyOf(lines);
    }

    public synchronized boolean contains(long productId) {
        return lines.stream().anyMatch(line -> line.getProductId() == productId);
    }

    /** The catalog's current unit price for a line of the basket; false when it did not move. */
    public synchronized boolean reprice(String key, long unitPriceMinor) {
        for (int i = 0; i < lines.size(); i++) {
            BasketLine line = lines.get(i);
            if (line.getKey().equals(key) && line.getUnitPriceMinor() != unitPriceMinor) {
                lines.set(i, line.repriced(unitPriceMinor));
                return true;
            }
        }
        return false;
    }

    public synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    /** How many items, for the basket link. */
    public synchronized int getCount() {
        return lines.stream().mapToInt(BasketLine::getQuantity).sum();
    }

    public synchronized Long getStoreId() {
        return storeId;
    }

    public synchronized String getStoreName() {
        return storeName;
    }

    /** The store's currency (ISO 4217); null while the basket is empty. */
    public synchronized String getCurrency() {
        return currency;
    }

    private Optional<BasketLine> line(String key) {
        return lines.stream().filter(line -> line.getKey().equals(key)).findFirst();
    }
}
