package io.quartier.ordering.domain.model.cart;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A product of a store in a kept basket, with the options chosen and how many. */
@Embeddable
public class CartItem {

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_OPTIONS = 20;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    /** The option ids, sorted, comma-separated; empty for none. */
    @Column(name = "option_ids", nullable = false, length = 400)
    private String optionIds;

    @Column(nullable = false)
    private int quantity;

    protected CartItem() {
    }

    /** @throws DomainException {@code problem.cart.quantity} unless 1 to 99, {@code problem.cart.options} beyond 20 options */
    public CartItem(long storeId, long productId, Collection<Long> optionIds, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.invalid("problem.cart.quantity", "a quantity is 1 to " + MAX_QUANTITY);
        }
        if (optionIds.size() > MAX_OPTIONS) {
            throw DomainException.invalid("problem.cart.options", "at most " + MAX_OPTIONS + " options on a line");
        }
        this.storeId = storeId;
        this.productId = productId;
        this.optionIds = optionIds.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.quantity = quantity;
    }

    /** The same product with the same options is the same line. */
    boolean sameLine(CartItem other) {
        return storeId == other.storeId && productId == other.productId && optionIds.equals(other.optionIds);
    }

    CartItem plus(CartItem more) {
        return new CartItem(storeId, productId, getOptionIds(), Math.min(MAX_QUANTITY, quantity + more.quantity));
    }

    public long getStoreId() {
        return storeId;
    }

    public long getProductId() {
        return productId;
    }

    public List<Long> getOptionIds() {
        return optionIds.isEmpty() ? List.of() : Arrays.stream(optionIds.split(",")).map(Long::valueOf).toList();
    }

    public int getQuantity() {
        return quantity;
    }
}
