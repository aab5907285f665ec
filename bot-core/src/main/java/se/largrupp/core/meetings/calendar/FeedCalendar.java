package se.largrupp.core.meetings.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * A leader's feed as RFC 5545 text: one VEVENT per published series (RRULE weekly, interval 2 or 4, UNTIL when the
 * series ended, EXDATE for skipped occurrences, STATUS:CANCELLED for a series that ended before it ever met) and a
 * compact VTIMEZONE per zone. DTSTAMP is when the series last changed, so an unchanged feed is byte for byte the same
 * (its ETag holds). No member names: the group's label, the format, the link and the agenda line.
 */
final class FeedCalendar {
    /** A series as this feed shows it: ended at {@code end} for this reader, with the SEQUENCE to send. */
    record Shown(Series series, Optional<Instant> end, int sequence, Instant stamp, String summary, String description) {}

    private static final java.time.format.DateTimeFormatter UNTIL = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private FeedCalendar() {}

    static String render(String calendarName, List<Shown> events) {
        Calendar calendar = new Calendar().withProdId(new ProdId("-//Largrupp//Largrupp 1.0//EN").getValue()).withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (Shown s : events) zones.add(s.series().booking().zone());
        for (ZoneId z : zones) calendar.add(CompactTimeZone.of(z));
        for (Shown s : events) calendar.add(event(s));
        return fold(calendar.toString());
    }

    /**
     * Lines folded at 75 octets as RFC 5545 §3.1 asks (ical4j's own folding counts characters, and å, ä, ö take two
     * octets), never inside a character; a folded line goes on after CRLF and a space.
     */
    static String fold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 70 * 3);
        for (String line : ics.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VEvent event(Shown s) {
        Series series = s.series();
        ZonedDateTime start = series.firstStart();
        VEvent event = new VEvent(start, start.plus(series.booking().duration()), s.summary());
        event.replace(new DtStamp(s.stamp()));
        event.add(new Uid(series.uid()));
        event.add(new Sequence(s.sequence()));
        boolean cancelled = s.end().filter(e -> !series.metBefore(e)).isPresent();
        // UNTIL is inclusive and in UTC (with its Z) beside a DTSTART with a TZID: the last second before the end.
        String until = cancelled ? "" : s.end().map(e -> ";UNTIL=" + UNTIL.format(e.minusSeconds(1).atZone(ZoneOffset.UTC))).orElse("");
        event.add(new RRule<>("FREQ=WEEKLY" + until + ";INTERVAL=" + series.booking().cadence().weeks()));
        List<ZonedDateTime> skipped = series.skips().stream().filter(t -> s.end().map(t::isBefore).orElse(true))
                .map(t -> t.atZone(series.booking().zone())).toList();
        if (!skipped.isEmpty()) {
            event.add(new ExDate<>(new ParameterList(List.of(new TzId(series.booking().zone().getId()))), new DateList<>(skipped)));
        }
        if (cancelled) event.add(new Status(Status.VALUE_CANCELLED));
        event.add(new Description(s.description()));
        series.booking().link().map(URI::toString).ifPresent(l -> event.add(new Location(l)));
        series.booking().link().ifPresent(l -> event.add(new Url(l)));
        return event;
    }
}
