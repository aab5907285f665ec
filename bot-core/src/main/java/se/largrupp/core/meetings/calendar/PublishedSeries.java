package se.largrupp.core.meetings.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;

/**
 * Keeps a group's published series in step with its booking, at the moment a feed or an invite is made from them:
 * a changed booking moves the open series (higher SEQUENCE) or, when that series has met already, ends it now and
 * starts the next one, so the meetings that happened stay in people's calendars; a skip adds the occurrence to the
 * series' skips (higher SEQUENCE); a dissolved group's open series ends when the group did. Runs in a transaction.
 */
final class PublishedSeries {
    private final CalendarStore store;
    private final Meetings meetings;

    PublishedSeries(CalendarStore store, Meetings meetings) {
        this.store = store;
        this.meetings = meetings;
    }

    List<Series> of(LearningGroup group, Instant now) {
        List<Series> all = new ArrayList<>(store.series(group.id()));
        Optional<Series> open = all.isEmpty() || !all.get(all.size() - 1).open() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        if (!group.isActive()) {
            open.ifPresent(s -> replaceLast(all, ended(s, group.dissolvedAt().orElse(now), now)));
            return all;
        }
        if (group.booking().isEmpty()) return all;
        StandingBooking booking = group.booking().get();
        if (open.isEmpty()) {
            Instant from = all.isEmpty() ? Instant.MIN : all.get(all.size() - 1).endedAt().orElseThrow();
            StandingBooking clipped = startingFrom(booking, from);
            add(all, new Series(group.id(), all.size() + 1, clipped, Optional.empty(), 0, skips(group, clipped), now));
        } else if (!sameSlot(open.get(), booking)) {
            Series s = open.get();
            if (s.metBefore(now)) {
                replaceLast(all, ended(s, now, now));
                StandingBooking next = startingFrom(booking, now);
                add(all, new Series(group.id(), s.number() + 1, next, Optional.empty(), 0, skips(group, next), now));
            } else {
                replaceLast(all, new Series(group.id(), s.number(), booking, Optional.empty(), s.sequence() + 1, skips(group, booking), now));
            }
        } else {
            Series s = open.get();
            List<Instant> skips = skips(group, s.booking());
            if (!skips.equals(s.skips())) {
                replaceLast(all, new Series(group.id(), s.number(), s.booking(), Optional.empty(), s.sequence() + 1, skips, now));
            }
        }
        return all;
    }

    /** Whether the series repeats the current booking (which may start before it, when an earlier series ended). */
    private static boolean sameSlot(Series open, StandingBooking current) {
        return BookingCodec.write(open.booking()).equals(BookingCodec.write(startingFrom(current, open.firstStart().toInstant())));
    }

    private Series ended(Series s, Instant at, Instant now) {
        Series done = new Series(s.group(), s.number(), s.booking(), Optional.of(at), s.sequence() + 1, s.skips(), now);
        store.save(done);
        return done;
    }

    private void add(List<Series> all, Series s) {
        store.save(s);
        all.add(s);
    }

    private void replaceLast(List<Series> all, Series s) {
        store.save(s);
        all.set(all.size() - 1, s);
    }

    /** The booking's occurrences from {@code from} on: its first date moved forward by whole periods. */
    static StandingBooking startingFrom(StandingBooking b, Instant from) {
        LocalDate first = b.firstDate();
        while (b.at(first).toInstant().isBefore(from)) first = first.plusWeeks(b.cadence().weeks());
        return new StandingBooking(b.weekday(), b.time(), b.zone(), b.cadence(), b.duration(), b.format(), b.link(), first);
    }

    /** The skipped meetings that are occurrences of this booking. */
    private List<Instant> skips(LearningGroup group, StandingBooking booking) {
        List<Instant> out = new ArrayList<>();
        for (Meeting m : meetings.ofGroup(group.id())) {
            if (m.status() != MeetingStatus.SKIPPED) continue;
            ZonedDateTime local = m.startsAt().atZone(booking.zone());
            if (booking.isOccurrenceDate(local.toLocalDate()) && booking.at(local.toLocalDate()).toInstant().equals(m.startsAt()))
                out.add(m.startsAt());
        }
        return out.stream().sorted().toList();
    }
}
