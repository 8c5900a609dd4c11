package io.quartier.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Values written for a reader, in the reader's language. */
public final class Formats {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private Formats() {
    }

    /**
     * A date with a short time and the zone's short name, such as "24 Nov 2026, 11:30 CET", in the given zone (a
     * store's: the time its kitchen and its customers live by); empty for no instant.
     */
    public static String dateTime(Instant instant, ZoneId zone, Locale reader) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(' ')
                .appendZoneText(TextStyle.SHORT).toFormatter(reader);
        return format.format(instant.atZone(ZoneOffset.UTC.equals(zone) ? UTC : zone));
    }

    /** The store's zone, or UTC for a record written before it kept one. */
    public static ZoneId zone(String storeTimeZone) {
        return storeTimeZone == null ? UTC : ZoneId.of(storeTimeZone);
    }
}
