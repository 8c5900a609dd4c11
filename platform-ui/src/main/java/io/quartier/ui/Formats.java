package io.quartier.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Values written for a reader, in the reader's language. */
public final class Formats {

    private Formats() {
    }

    /** A date with a short time, such as "24 Nov 2026, 11:30", in the given zone; empty for no instant. */
    public static String dateTime(Instant instant, ZoneId zone, Locale reader) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(reader).format(instant.atZone(zone));
    }
}
