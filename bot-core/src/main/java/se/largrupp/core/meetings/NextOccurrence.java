package se.largrupp.core.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;

/** The group's next occurrence after now, from its standing booking. */
public final class NextOccurrence {
    private static final int LOOK_AHEAD = 12;

    private NextOccurrence() {}

    /** The very next start, skipped or not. */
    public static Optional<ZonedDateTime> any(LearningGroup group, Instant now) {
        return group.booking().flatMap(b -> b.nextAfter(now));
    }

    /** The next start that has not been skipped: the meeting people answer for. */
    public static Optional<ZonedDateTime> notSkipped(LearningGroup group, Meetings meetings, Instant now) {
        if (group.booking().isEmpty()) return Optional.empty();
        StandingBooking booking = group.booking().get();
        return booking.next(now, LOOK_AHEAD).stream()
                .filter(start -> meetings.find(group.id(), start.toInstant()).map(m -> m.status() != MeetingStatus.SKIPPED).orElse(true))
                .findFirst();
    }
}
