package se.largrupp.core.meetings.calendar;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;

/** A standing booking as one line that reads back: what a published series was made from, and its fingerprint. */
final class BookingCodec {
    private BookingCodec() {}

    static String write(StandingBooking b) {
        return String.join("|", b.weekday().name(), b.time().toString(), b.zone().getId(), b.cadence().name(),
                Long.toString(b.duration().toMinutes()), b.format().name(), b.firstDate().toString(),
                b.link().map(URI::toString).orElse(""));
    }

    static StandingBooking read(String line) {
        String[] f = line.split("\\|", 8);
        return new StandingBooking(DayOfWeek.valueOf(f[0]), LocalTime.parse(f[1]), ZoneId.of(f[2]), Cadence.valueOf(f[3]),
                Duration.ofMinutes(Long.parseLong(f[4])), MeetingFormat.valueOf(f[5]), f.length < 8 || f[7].isEmpty()
                ? Optional.empty() : Optional.of(URI.create(f[7])), LocalDate.parse(f[6]));
    }
}
