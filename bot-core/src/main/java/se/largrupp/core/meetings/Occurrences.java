package se.largrupp.core.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import se.largrupp.core.groups.StandingBooking;

/** Which occurrence "this meeting" means when someone acts around it. */
public final class Occurrences {
    /** A round started up to 12 hours before or after a slot belongs to that slot. */
    public static final Duration WINDOW = Duration.ofHours(12);

    private Occurrences() {}

    public static Optional<ZonedDateTime> around(StandingBooking booking, Instant now) {
        return booking.nextAfter(now.minus(WINDOW)).filter(s -> !s.toInstant().isAfter(now.plus(WINDOW)));
    }
}
