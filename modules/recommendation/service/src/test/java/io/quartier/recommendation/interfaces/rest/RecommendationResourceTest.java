package io.quartier.recommendation.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quartier.kernel.domain.DomainException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RecommendationResourceTest {

    @Test
    void nearNamesStoresByTheirIdsSeparatedByCommas() {
        assertEquals(List.of(1L, 3L), List.copyOf(RecommendationResource.stores(" 1, 3,1")));
        assertEquals(List.of(), List.copyOf(RecommendationResource.stores(null)));
    }

    @Test
    void nearRefusesWhatIsNotAStoreId() {
        for (String bad : List.of("1,x", "0", "-4", "1,,2", "99999999999999999999")) {
            assertThrows(DomainException.class, () -> RecommendationResource.stores(bad), bad);
        }
    }

    @Test
    void nearRefusesMoreStoresThanOneRequestMayName() {
        String many = LongStream.rangeClosed(1, RecommendationResource.MAX_STORES + 1).mapToObj(Long::toString)
                .collect(Collectors.joining(","));
        assertThrows(DomainException.class, () -> RecommendationResource.stores(many));
    }
}
