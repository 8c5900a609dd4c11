package io.quartier.kernel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    public record Line(long productId, Long amountMinor, int quantity, Integer tipMinor, String note) {
    }

    public static class Order {
        public long id;
        public Long totalMinor;
        public int quantity;
        public List<Long> ids;
    }

    private static final Jsonb JSONB = WholeNumbers.jsonb();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void wholeNumbersInRangeAreReadAsBefore() {
        Line line = JSONB.fromJson("{\"productId\":12,\"amountMinor\":1250,\"quantity\":3,\"tipMinor\":1.0e2,\"note\":\"x\"}",
                Line.class);
        assertEquals(new Line(12, 1250L, 3, 100, "x"), line);
        Order order = JSONB.fromJson("{\"id\":9007199254740993,\"totalMinor\":-5,\"quantity\":2147483647,\"ids\":[1,2]}",
                Order.class);
        assertEquals(9007199254740993L, order.id);
        assertEquals(-5L, order.totalMinor);
        assertEquals(Integer.MAX_VALUE, order.quantity);
        assertEquals(List.of(1L, 2L), order.ids);
    }

    @Test
    void absentAndNullStayAbsentAndNull() {
        Line line = JSONB.fromJson("{\"productId\":1,\"amountMinor\":null}", Line.class);
        assertNull(line.amountMinor());
        assertNull(line.tipMinor());
        assertEquals(0, line.quantity());
    }

    @Test
    void aFractionIsRefusedInsteadOfTruncated() {
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"productId\":1,\"amountMinor\":12.5}", Line.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"productId\":1.5}", Line.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"quantity\":0.99}", Line.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"ids\":[1,2.5]}", Order.class));
    }

    @Test
    void aNumberOutOfRangeIsRefusedInsteadOfWrapped() {
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"quantity\":3000000000}", Line.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"id\":99999999999999999999}", Order.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"totalMinor\":-1e30}", Order.class));
    }

    @Test
    void aStringOfDigitsIsReadExactlyAndAnythingElseIsRefused() {
        assertEquals(3, JSONB.fromJson("{\"quantity\":\"3\"}", Line.class).quantity());
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"quantity\":\"3.5\"}", Line.class));
        assertThrows(JsonbException.class, () -> JSONB.fromJson("{\"id\":true}", Order.class));
    }

    @Test
    void writingIsUnchanged() {
        Order order = new Order();
        order.id = 7;
        order.totalMinor = 1250L;
        assertEquals("{\"id\":7,\"quantity\":0,\"totalMinor\":1250}", JSONB.toJson(order));
    }
}
