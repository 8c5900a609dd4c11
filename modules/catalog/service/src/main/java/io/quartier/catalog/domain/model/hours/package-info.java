/**
 * A store's opening hours: when it takes orders and, when it doesn't, why and until when. Everything is read in
 * the store's own time zone, so "open 11:30-14:30" means 11:30 on the store's clock, summer and winter.
 * <p>
 * What a store holds ({@link io.quartier.catalog.domain.model.store.Store}):
 * <ul>
 *   <li>a week of {@link io.quartier.catalog.domain.model.hours.OpeningRange}s, several a day if need be;
 *       a range whose closing time is not after its opening time closes the next day (Friday 18:00-02:00),
 *       and 00:00-00:00 is open all day. Set with {@code replaceOpeningHours(List)}, whole or not at all:
 *       an {@link io.quartier.catalog.domain.model.hours.OpeningHoursRejected} (400, {@code catalog.hours.invalid})
 *       lists every {@link io.quartier.catalog.domain.model.hours.HoursViolation} with the positions of the
 *       ranges at fault ({@link io.quartier.catalog.domain.model.hours.WeeklyHours} has the codes);</li>
 *   <li>{@link io.quartier.catalog.domain.model.hours.Closure}s: whole local days, first to last inclusive, with
 *       the merchant's note; {@code addClosure}, {@code removeClosure(firstDay)};</li>
 *   <li>a pause ("busy mode") until an instant: {@code pauseUntil(until, now)}, {@code resume()}.</li>
 * </ul>
 * What it answers: {@code store.openingSchedule()} gives an
 * {@link io.quartier.catalog.domain.model.hours.OpeningSchedule}, a plain object without a clock:
 * {@code statusAt(now)} ({@link io.quartier.catalog.domain.model.hours.OpeningStatus}), {@code isOpen(now)},
 * {@code nextOpening(now)} ("opens at 18:30") and {@code nextClosing(now)} ("closes at 14:30"), all instants.
 * Daylight-saving days follow the store's clock; the class says how.
 * <p>
 * Message keys: {@code catalog.hours.invalid} with {@code catalog.hours.incomplete},
 * {@code catalog.hours.notWholeMinute}, {@code catalog.hours.overlap}; {@code catalog.closure.incomplete},
 * {@code catalog.closure.endsBeforeStart}, {@code catalog.closure.noteTooLong}, {@code catalog.closure.overlap};
 * {@code catalog.pause.notInFuture}; labels {@code enum.OpeningStatus.<NAME>}.
 */
package io.quartier.catalog.domain.model.hours;
