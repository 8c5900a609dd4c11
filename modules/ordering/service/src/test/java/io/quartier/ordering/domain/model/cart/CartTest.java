package io.quartier.ordering.domain.model.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CartTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final Cart cart = new Cart(42, now);

    @Test
    void theSameProductWithTheSameOptionsIsOneLineWhateverTheirOrderAndAtMost99() {
        cart.replace(List.of(new CartItem(1, 30, List.of(302L, 301L), 60), new CartItem(1, 30, List.of(301L, 302L), 60),
                new CartItem(1, 30, List.of(301L), 1), new CartItem(1, 11, List.of(), 2)), now);

        assertEquals(3, cart.getLines().size());
        assertEquals(99, cart.getLines().get(0).getQuantity());
        assertEquals(List.of(301L, 302L), cart.getLines().get(0).getOptionIds());
    }

    @Test
    void refusesWhatNoBasketHolds() {
        assertEquals("problem.cart.quantity", assertThrows(DomainException.class, () -> new CartItem(1, 11, List.of(), 0)).code());
        assertEquals("problem.cart.quantity", assertThrows(DomainException.class, () -> new CartItem(1, 11, List.of(), 100)).code());
        assertEquals("problem.cart.options", assertThrows(DomainException.class,
                () -> new CartItem(1, 11, Collections.nCopies(21, 5L), 1)).code());
        List<CartItem> tooMany = IntStream.range(0, Cart.MAX_LINES + 1).mapToObj(i -> new CartItem(1, i, List.of(), 1)).toList();
        cart.replace(List.of(new CartItem(1, 11, List.of(), 1)), now);
        assertEquals("problem.cart.lines", assertThrows(DomainException.class, () -> cart.replace(tooMany, now)).code());
        assertEquals(1, cart.getLines().size(), "a refused change changes nothing");
    }

    @Test
    void anOrderTakesOnlyItsStoresLines() {
        cart.replace(List.of(new CartItem(1, 11, List.of(), 1), new CartItem(2, 21, List.of(), 1)), now);
        Instant later = now.plusSeconds(60);
        cart.ordered(1, later);
        assertEquals(List.of(2L), cart.getLines().stream().map(CartItem::getStoreId).toList());
        assertEquals(later, cart.getUpdatedAt());
    }
}
