package io.quartier.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A demo store's weekly hours, as its merchant sets them: a test that orders from a store open only part of the day
 * opens it around the clock while it runs, at whatever hour CI runs it, and gives it its hours back after.
 */
public final class StoreHours {

    private StoreHours() {
    }

    /** Opens the store every day from 00:00 to 00:00; answers the week it had, for {@link #restore}. */
    public static String openAroundTheClock(long storeId, String merchant) {
        String path = path(storeId);
        String week = Api.get(path, Api.token(merchant)).object().getJsonArray("week").toString();
        String allDay = Arrays.stream(DayOfWeek.values())
                .map(d -> "{\"day\": \"" + d + "\", \"opens\": \"00:00\", \"closes\": \"00:00\"}")
                .collect(Collectors.joining(", ", "{\"week\": [", "]}"));
        Api.Response opened = Api.put(path, Api.token(merchant), allDay);
        assertEquals(200, opened.status(), opened::toString);
        return week;
    }

    /** Gives the store back the week {@link #openAroundTheClock} answered. */
    public static void restore(long storeId, String merchant, String week) {
        Api.Response restored = Api.put(path(storeId), Api.token(merchant), "{\"week\": " + week + "}");
        assertEquals(200, restored.status(), restored::toString);
    }

    private static String path(long storeId) {
        return "/catalog/api/merchant/stores/" + storeId + "/hours";
    }
}
