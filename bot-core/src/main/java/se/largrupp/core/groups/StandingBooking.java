package se.largrupp.core.groups;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's standing slot: the same weekday and local time every 2 or 4 weeks from a first date.
 * Occurrences are computed in the group's zone, so the wall-clock time holds across daylight saving.
 */
public record StandingBooking(
        DayOfWeek weekday,
        LocalTime time,
        ZoneId zone,
        Cadence cadence,
        Duration duration,
        MeetingFormat format,
        Optional<URI> link,
        LocalDate firstDate) {

    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(45);
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration MAX_DURATION = Duration.ofHours(4);

    public StandingBooking {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(firstDate, "firstDate");
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0)
            throw new IllegalArgumentException("duration out of range: " + duration);
        if (firstDate.getDayOfWeek() != weekday)
            throw new IllegalArgumentException("first date " + firstDate + " is not a " + weekday);
    }

    /** The first date on {@code weekday} on or after {@code from}. */
    public static LocalDate firstOnOrAfter(LocalDate from, DayOfWeek weekday) {
        return from.with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** The occurrence on a given date of the series (the date must belong to it). */
    public ZonedDateTime at(LocalDate date) {
        // ZonedDateTime.of moves a time that falls in a DST gap forward, and keeps the earlier offset in an overlap.
        return ZonedDateTime.of(date, time, zone);
    }

    /** The next {@code count} starts that are strictly after {@code after}. */
    public List<ZonedDateTime> next(Instant after, int count) {
        List<ZonedDateTime> out = new ArrayList<>(count);
        LocalDate afterDate = after.atZone(zone).toLocalDate();
        long step = 7L * cadence.weeks();
        LocalDate date = firstDate;
        if (afterDate.isAfter(firstDate)) {
            long periods = ChronoUnit.DAYS.between(firstDate, afterDate) / step;
            date = firstDate.plusDays(periods * step);
        }
        while (out.size() < count) {
            ZonedDateTime start = at(date);
            if (start.toInstant().isAfter(after)) out.add(start);
            date = date.plusDays(step);
        }
        return out;
    }

    public Optional<ZonedDateTime> nextAfter(Instant after) {
        return next(after, 1).stream().findFirst();
    }

    /** Whether {@code date} is one of the series' meeting dates. */
    public boolean isOccurrenceDate(LocalDate date) {
        if (date.isBefore(firstDate)) return false;
        return ChronoUnit.DAYS.between(firstDate, date) % (7L * cadence.weeks()) == 0;
    }
}
