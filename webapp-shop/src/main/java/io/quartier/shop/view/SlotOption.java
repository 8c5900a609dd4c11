package io.quartier.shop.view;

import io.quartier.catalog.api.DeliverySlotView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A choice of the basket's "when": a day, or a slot labelled with its time on the store's clock ("12:15"); a local
 * time that comes twice that day (clocks falling back) also shows its offset ("02:15 +01:00"), so the two differ.
 */
public class SlotOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String label;

    public SlotOption(String value, String label) {
        this.value = value;
        this.label = label;
    }

    static List<SlotOption> of(List<DeliverySlotView> slots) {
        Map<String, Long> times = slots.stream().collect(Collectors.groupingBy(DeliverySlotView::localTime,
                Collectors.counting()));
        return slots.stream().map(slot -> new SlotOption(slot.start().toString(),
                times.get(slot.localTime()) > 1 ? slot.localTime() + " " + slot.offset() : slot.localTime())).toList();
    }

    /**
     * The slots every store of a basket offers, as choices: those of the first store ({@code byStore}'s first list, of
     * the day shown) whose start every other store's slots have too (a store in another zone asked for each of its days
     * the shown day overlaps).
     */
    static List<SlotOption> common(List<List<DeliverySlotView>> byStore) {
        List<DeliverySlotView> first = byStore.get(0);
        List<Set<Instant>> others = byStore.subList(1, byStore.size()).stream()
                .map(slots -> slots.stream().map(DeliverySlotView::start).collect(Collectors.toSet())).toList();
        return of(first.stream().filter(slot -> others.stream().allMatch(starts -> starts.contains(slot.start())))
                .toList());
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
