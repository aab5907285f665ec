package se.largrupp.core.meetings.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.StandingBooking;

/**
 * One published series of a group's standing booking: a UID of its own, the booking it repeats, the instant it ended
 * (a move after it had met ends it and starts the next series, so past meetings stay where they were), the skipped
 * occurrences and the SEQUENCE, which grows with every change a calendar app must take over.
 */
record Series(GroupId group, int number, StandingBooking booking, Optional<Instant> endedAt, int sequence,
              List<Instant> skips, Instant changedAt) {
    Series {
        skips = List.copyOf(skips);
    }

    /** The first series keeps the UID the earlier .ics files had, so an imported file and the feed agree. */
    String uid() {
        return number == 1 ? IcsCalendar.uid(group) : "largrupp-" + group.value() + "-" + number + "@largrupp";
    }

    ZonedDateTime firstStart() {
        return booking.at(booking.firstDate());
    }

    /** Whether any occurrence started before {@code t}: then it has meetings that happened, to be kept. */
    boolean metBefore(Instant t) {
        return firstStart().toInstant().isBefore(t);
    }

    boolean open() {
        return endedAt.isEmpty();
    }
}
