package io.quartier.shop.basket;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.GroupPriceRequest;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.api.CartLine;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The customer's basket: products of up to {@link #MAX_STORES} stores selling in one currency, kept by ordering for a
 * logged-in customer ({@link KeptBasket}). A basket of one store is ordered as one order; a basket of several as one
 * multi-store order. It also keeps the idempotency key of the checkout under way, so that a double click or a retry of
 * the same order never places it twice.
 */
@Named
@SessionScoped
public class Basket implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many of one product, as ordering accepts. */
    public static final int MAX_QUANTITY = 99;

    /** At most this many stores in one basket, as a multi-store order accepts. */
    public static final int MAX_STORES = PlaceGroupOrder.MAX_STORES;

    /** What adding a product did. */
    public enum Added {
        /** The product is in the basket. */
        ADDED,
        /** Refused: the basket already holds {@link #MAX_STORES} other stores. */
        TOO_MANY_STORES,
        /** Refused: the basket holds products sold in another currency, which one payment cannot mix. */
        OTHER_CURRENCY
    }

    @Inject
    KeptBasket kept;

    /** The stores of the basket, in the order their first product was added, with their names. */
    private final Map<Long, String> stores = new LinkedHashMap<>();
    private String currency;
    private final List<BasketLine> lines = new ArrayList<>();
    private String checkoutAttempt;
    private String idempotencyKey;
    /** The last checkout whose outcome the customer did not see (no answer, or still being placed); null for none. */
    private UnsureCheckout unsure;

    /** Adds one of the product, unless the basket cannot take its store. */
    public synchronized Added add(long storeId, String storeName, String currency, long productId, String name,
                                  long unitPriceMinor) {
        return add(storeId, storeName, currency, productId, List.of(), name, unitPriceMinor);
    }

    /**
     * Adds one of the product with these options ({@code name} and {@code unitPriceMinor} include them), unless the
     * basket cannot take its store. The same product with other options is another line.
     */
    public synchronized Added add(long storeId, String storeName, String currency, long productId,
                                  List<Long> optionIds, String name, long unitPriceMinor) {
        Added room = room(storeId, currency);
        if (room != Added.ADDED) {
            return room;
        }
        this.currency = currency;
        stores.putIfAbsent(storeId, storeName);
        BasketLine added = new BasketLine(storeId, productId, optionIds, name, unitPriceMinor, currency);
        line(added.getKey()).ifPresentOrElse(line -> line.setQuantity(Math.min(MAX_QUANTITY, line.getQuantity() + 1)),
                () -> lines.add(added));
        keep();
        return Added.ADDED;
    }

    private Added room(long storeId, String currency) {
        if (stores.containsKey(storeId)) {
            return Added.ADDED;
        }
        if (this.currency != null && !this.currency.equals(currency)) {
            return Added.OTHER_CURRENCY;
        }
        return stores.size() >= MAX_STORES ? Added.TOO_MANY_STORES : Added.ADDED;
    }

    /**
     * Puts back a line of the kept basket at login; a line the basket cannot take (see {@link #add}) is left out, and
     * the answer says why.
     */
    synchronized Added restore(long storeId, String storeName, String currency, long productId, List<Long> optionIds,
                               String name, long unitPriceMinor, int quantity) {
        Added room = room(storeId, currency);
        if (room != Added.ADDED) {
            return room;
        }
        this.currency = currency;
        stores.putIfAbsent(storeId, storeName);
        BasketLine restored = new BasketLine(storeId, productId, optionIds, name, unitPriceMinor, currency);
        restored.setQuantity(Math.min(MAX_QUANTITY, quantity));
        lines.add(restored);
        return Added.ADDED;
    }

    /** A product's name with the options chosen, as a line shows it: "Pizza (Large, Extra cheese)". */
    public static String lineName(String product, List<String> options) {
        return options.isEmpty() ? product : product + " (" + String.join(", ", options) + ")";
    }

    /** Sends the lines to ordering, which keeps them for the logged-in customer. */
    synchronized void keep() {
        kept.keep(lines.stream().map(line -> new CartLine(line.getStoreId(), line.getProductId(), line.getOptionIds(),
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

    /** Forgets the stores left without lines, and the checkout under way once nothing is left. */
    private void emptied() {
        stores.keySet().removeIf(store -> lines.stream().noneMatch(line -> line.getStoreId() == store));
        if (lines.isEmpty()) {
            reset();
        }
    }

    private void reset() {
        lines.clear();
        stores.clear();
        currency = null;
        checkoutAttempt = null;
        idempotencyKey = null;
    }

    /**
     * The order a basket of one store makes, paid with the given method, delivered to the given address (at the given
     * coordinates, or null for both when the place has none) with a tip for the courier in minor units, in the slot
     * starting {@code scheduledFor} (null: as soon as possible).
     */
    public synchronized PlaceOrder toOrder(long paymentMethodId, String deliveryAddress, Double latitude,
                                           Double longitude, long tipMinor, Instant scheduledFor) {
        return new PlaceOrder(getStoreId(), orderLines(getStoreId()), paymentMethodId, deliveryAddress, latitude,
                longitude, tipMinor, scheduledFor);
    }

    /** What ordering is asked to price for a basket of one store: delivered at the coordinates (or none) with the tip. */
    public synchronized PriceRequest toPriceRequest(Double latitude, Double longitude, long tipMinor) {
        return new PriceRequest(getStoreId(), orderLines(getStoreId()), latitude, longitude, tipMinor);
    }

    /**
     * The multi-store order this basket makes: one part per store, one delivery and one tip, in the slot starting
     * {@code scheduledFor} (null: as soon as possible), with the coupon entered (null: none; ordering applies it to
     * the first store, in the basket's order, it applies to).
     */
    public synchronized PlaceGroupOrder toGroupOrder(long paymentMethodId, String deliveryAddress, Double latitude,
                                                     Double longitude, long tipMinor, Instant scheduledFor,
                                                     String couponCode) {
        return new PlaceGroupOrder(parts(), paymentMethodId, deliveryAddress, latitude, longitude, tipMinor,
                scheduledFor, couponCode);
    }

    /** What ordering is asked to price for a basket of several stores, in the slot chosen and with the coupon (null: none). */
    public synchronized GroupPriceRequest toGroupPriceRequest(Double latitude, Double longitude, long tipMinor,
                                                              Instant scheduledFor, String couponCode) {
        return new GroupPriceRequest(parts(), latitude, longitude, tipMinor, scheduledFor, couponCode);
    }

    private List<PlaceGroupOrder.Part> parts() {
        return stores.keySet().stream().map(store -> new PlaceGroupOrder.Part(store, orderLines(store))).toList();
    }

    private List<PlaceOrder.Line> orderLines(Long storeId) {
        return lines.stream().filter(line -> storeId != null && line.getStoreId() == storeId)
                .map(line -> new PlaceOrder.Line(line.getProductId(), line.getQuantity(), line.getOptionIds())).toList();
    }

    /**
     * A checkout whose outcome the customer did not see, by its idempotency key: of one order, or of a multi-store order
     * ({@code group}), which ordering looks up in different places.
     */
    public record UnsureCheckout(String key, boolean group) implements Serializable {
    }

    /** Remembers that the checkout of one order with this key ended without a clear answer. */
    public synchronized void checkoutUnsure(String key) {
        unsure = new UnsureCheckout(key, false);
    }

    /** Remembers that the checkout of a multi-store order with this key ended without a clear answer. */
    public synchronized void groupCheckoutUnsure(String key) {
        unsure = new UnsureCheckout(key, true);
    }

    /** Remembers again a checkout taken by {@link #takeUnsure()} whose outcome could still not be learnt. */
    public synchronized void stillUnsure(UnsureCheckout checkout) {
        unsure = checkout;
    }

    /**
     * The last checkout whose outcome was not seen, if any, forgotten once asked for: only the last one matters, since
     * every checkout first looks up the one before it.
     */
    public synchronized Optional<UnsureCheckout> takeUnsure() {
        Optional<UnsureCheckout> taken = Optional.ofNullable(unsure);
        unsure = null;
        return taken;
    }

    /**
     * The idempotency key for placing {@code order}: the same key as long as the order is the same (a retry,
     * a double click), a new one when the customer changed it, since the server refuses a key reused for a
     * different order.
     */
    public synchronized String checkoutKey(PlaceOrder order) {
        return keyFor(order.toString());
    }

    /** The idempotency key for placing a multi-store order, as {@link #checkoutKey(PlaceOrder)}. */
    public synchronized String checkoutKey(PlaceGroupOrder order) {
        return keyFor(order.toString());
    }

    private String keyFor(String attempt) {
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

    /** The basket's sections, one per store, in the order their first product was added. */
    public synchronized List<BasketStore> getStores() {
        return stores.entrySet().stream().map(store -> new BasketStore(store.getKey(), store.getValue(),
                lines.stream().filter(line -> line.getStoreId() == store.getKey()).toList(), currency)).toList();
    }

    /** True when the basket holds products of more than one store: it is ordered as a multi-store order. */
    public synchronized boolean isSeveralStores() {
        return stores.size() > 1;
    }

    /** The live topics of the basket's stores ("store:1 store:3"), whose price and stock changes the page follows. */
    public synchronized String getLiveTopics() {
        return stores.keySet().stream().map(store -> "store:" + store).collect(Collectors.joining(" "));
    }

    /** The store of a basket of one store (the first store of several); null while the basket is empty. */
    public synchronized Long getStoreId() {
        return stores.isEmpty() ? null : stores.keySet().iterator().next();
    }

    /** The name of {@link #getStoreId()}'s store. */
    public synchronized String getStoreName() {
        return stores.isEmpty() ? null : stores.values().iterator().next();
    }

    /** The stores' currency (ISO 4217); null while the basket is empty. */
    public synchronized String getCurrency() {
        return currency;
    }

    private Optional<BasketLine> line(String key) {
        return lines.stream().filter(line -> line.getKey().equals(key)).findFirst();
    }
}
