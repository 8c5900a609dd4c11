package io.quartier.kernel.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Time;
import java.time.LocalTime;

/**
 * Binds opening and closing times as SQL {@code TIME}. EclipseLink 4 binds a {@link LocalTime} as a timestamp on
 * 1970-01-01, which neither H2 nor PostgreSQL finds equal to a {@code TIME} column; as it removes a collection's
 * rows by their values, replaced ranges would then stay in the table. Listed in persistence.xml.
 */
@Converter
public class LocalTimeConverter implements AttributeConverter<LocalTime, Time> {

    @Override
    public Time convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    @Override
    public LocalTime convertToEntityAttribute(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
