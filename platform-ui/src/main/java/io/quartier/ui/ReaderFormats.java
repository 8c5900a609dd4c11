package io.quartier.ui;

import io.quartier.kernel.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Amounts and instants written for the reader of a page, in its language: {@code #{readerFormats.money(...)}}, so
 * that backing beans do not each carry the same formatting methods.
 */
@Named
@RequestScoped
public class ReaderFormats {

    @Inject
    LocaleSelection localeSelection;

    /** An amount in minor units of a currency. */
    public String money(long amountMinor, String currency) {
        return Money.of(amountMinor, currency).format(localeSelection.getLocale());
    }

    /** An instant in UTC (records that no store's zone belongs to); empty for none. */
    public String when(Instant at) {
        return Formats.dateTime(at, ZoneOffset.UTC, localeSelection.getLocale());
    }
}
