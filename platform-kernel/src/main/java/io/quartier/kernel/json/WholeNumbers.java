package io.quartier.kernel.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * Reads a JSON number into a {@code long} or an {@code int} only when it is whole and in range. JSON-B's own
 * reading asks the parser for {@code getLong()}, which truncates {@code 12.5} to 12 and wraps
 * {@code 99999999999999999999} into another number: an amount in minor units, a quantity or an id would silently
 * become another one. Here either is a parsing error, which the REST layer answers with 400
 * {@code problem.unreadable}. Every service's JAX-RS reads its bodies with this JSON-B.
 */
@Provider
public class WholeNumbers implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = jsonb();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A JSON-B whose parsers refuse fractions and out-of-range numbers for whole-number targets. */
    public static Jsonb jsonb() {
        return JsonbBuilder.newBuilder().withProvider(new StrictJsonProvider(JsonProvider.provider())).build();
    }

    static long exactLong(BigDecimal value, StrictJsonParser parser) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new JsonParsingException(value.toPlainString() + " is not a whole number in the range of a long",
                    e, parser.getLocation());
        }
    }

    static int exactInt(BigDecimal value, StrictJsonParser parser) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonParsingException(value.toPlainString() + " is not a whole number in the range of an int",
                    e, parser.getLocation());
        }
    }
}
