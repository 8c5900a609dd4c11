package io.quartier.ordering.domain.model.cart;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's basket kept between visits and devices. It holds what the customer chose, not prices: those are the
 * catalog's when the basket is shown and when the order is placed.
 */
@Entity
@Table(name = "cart")
public class Cart {

    public static final int MAX_LINES = 50;

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<CartItem> lines = new ArrayList<>();

    protected Cart() {
    }

    public Cart(long customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    /**
     * Replaces the lines; the same product with the same options twice makes one line (quantities added, at most 99).
     *
     * @throws DomainException {@code problem.cart.lines} beyond {@value #MAX_LINES} lines
     */
    public void replace(List<CartItem> items, Instant now) {
        List<CartItem> merged = new ArrayList<>();
        for (CartItem item : items) {
            int same = indexOf(merged, item);
            if (same < 0) {
                merged.add(item);
            } else {
                merged.set(same, merged.get(same).plus(item));
            }
        }
        if (merged.size() > MAX_LINES) {
            throw DomainException.invalid("problem.cart.lines", "at most " + MAX_LINES + " lines in a basket");
        }
        lines.clear();
        lines.addAll(merged);
        updatedAt = now;
    }

    /** The store's lines are gone: its order was placed. */
    public void ordered(long storeId, Instant now) {
        if (lines.removeIf(line -> line.getStoreId() == storeId)) {
            updatedAt = now;
        }
    }

    private static int indexOf(List<CartItem> items, CartItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).sameLine(item)) {
                return i;
            }
        }
        return -1;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CartItem> getLines() {
        return List.copyOf(lines);
    }
}
