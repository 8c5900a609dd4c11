package io.quartier.shop.basket;

import io.quartier.kernel.Money;
import java.util.List;

/** One store's section of the basket: the store, its lines in the order they were added, and what they come to. */
public class BasketStore {

    private final long storeId;
    private final String name;
    private final List<BasketLine> lines;
    private final Money subtotal;

    BasketStore(long storeId, String name, List<BasketLine> lines, String currency) {
        this.storeId = storeId;
        this.name = name;
        this.lines = List.copyOf(lines);
        Money sum = Money.zero(currency);
        for (BasketLine line : lines) {
            sum = sum.plus(line.amount());
        }
        this.subtotal = sum;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getName() {
        return name;
    }

    public List<BasketLine> getLines() {
        return lines;
    }

    /** The lines' sum at the prices shown, before ordering prices them. */
    public Money subtotal() {
        return subtotal;
    }
}
