package se.largrupp.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandingBookingTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static StandingBooking tuesdayNoonEvery(Cadence cadence, LocalDate first) {
        return new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, STOCKHOLM, cadence,
                StandingBooking.DEFAULT_DURATION, MeetingFormat.LUNCH, Optional.empty(), first);
    }

    @Test
    void occurrences_keep_the_local_time_across_the_spring_daylight_saving_change() {
        // 2027-03-28 is the last Sunday of March: Stockholm moves from +01:00 to +02:00.
        StandingBooking booking = tuesdayNoonEvery(Cadence.EVERY_2_WEEKS, LocalDate.of(2027, 3, 16));
        List<ZonedDateTime> next = booking.next(Instant.parse("2027-03-01T00:00:00Z"), 3);

        assertThat(next).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDate.of(2027, 3, 16).atTime(12, 0),
                LocalDate.of(2027, 3, 30).atTime(12, 0),
                LocalDate.of(2027, 4, 13).atTime(12, 0));
        assertThat(next.get(0).toInstant()).isEqualTo(Instant.parse("2027-03-16T11:00:00Z"));
        assertThat(next.get(1).toInstant()).isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
    }

    @Test
    void occurrences_keep_the_local_time_across_the_autumn_daylight_saving_change() {
        StandingBooking booking = tuesdayNoonEvery(Cadence.EVERY_4_WEEKS, LocalDate.of(2027, 10, 5));
        List<ZonedDateTime> next = booking.next(Instant.parse("2027-10-01T00:00:00Z"), 2);

        assertThat(next.get(0).toInstant()).isEqualTo(Instant.parse("2027-10-05T10:00:00Z"));
        assertThat(next.get(1).toInstant()).isEqualTo(Instant.parse("2027-11-02T11:00:00Z"));
    }

    @Test
    void the_next_occurrence_skips_the_weeks_between_meetings() {
        StandingBooking booking = tuesdayNoonEvery(Cadence.EVERY_2_WEEKS, LocalDate.of(2027, 1, 5));
        // Wednesday after the third meeting: the next one is two weeks after it.
        Optional<ZonedDateTime> next = booking.nextAfter(Instant.parse("2027-02-03T09:00:00Z"));

        assertThat(next).map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2027, 2, 16));
    }

    @Test
    void a_meeting_that_has_started_is_not_the_next_one() {
        StandingBooking booking = tuesdayNoonEvery(Cadence.EVERY_2_WEEKS, LocalDate.of(2027, 1, 5));
        Instant fiveMinutesIn = Instant.parse("2027-01-05T11:05:00Z");

        assertThat(booking.nextAfter(fiveMinutesIn)).map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2027, 1, 19));
    }

    @Test
    void occurrences_before_the_first_date_are_not_offered() {
        StandingBooking booking = tuesdayNoonEvery(Cadence.EVERY_4_WEEKS, LocalDate.of(2027, 6, 1));

        assertThat(booking.nextAfter(Instant.parse("2027-01-01T00:00:00Z")))
                .map(ZonedDateTime::toLocalDate).contains(LocalDate.of(2027, 6, 1));
        assertThat(booking.isOccurrenceDate(LocalDate.of(2027, 5, 4))).isFalse();
        assertThat(booking.isOccurrenceDate(LocalDate.of(2027, 6, 29))).isTrue();
        assertThat(booking.isOccurrenceDate(LocalDate.of(2027, 6, 15))).isFalse();
    }

    @Test
    void a_first_date_on_another_weekday_is_refused() {
        assertThatThrownBy(() -> tuesdayNoonEvery(Cadence.EVERY_2_WEEKS, LocalDate.of(2027, 1, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durations_outside_a_quarter_to_four_hours_are_refused() {
        assertThatThrownBy(() -> new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, STOCKHOLM, Cadence.EVERY_2_WEEKS,
                Duration.ofMinutes(5), MeetingFormat.DIGITAL, Optional.of(URI.create("https://meet.example/x")),
                LocalDate.of(2027, 1, 5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_first_date_on_or_after_a_day_is_that_weekday() {
        assertThat(StandingBooking.firstOnOrAfter(LocalDate.of(2026, 11, 26), DayOfWeek.TUESDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(StandingBooking.firstOnOrAfter(LocalDate.of(2026, 12, 1), DayOfWeek.TUESDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
