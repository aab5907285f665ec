package se.largrupp.core.port;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/**
 * A service mailbox's calendar where each group's booking is a real recurring meeting with the members as attendees
 * (Microsoft 365 through Graph). Called only by the outbox's sender, never in a transaction; each call answers like
 * a delivery: {@link Delivery.Delivered} with the event's id, or retry later (throttled), or rejected.
 */
public interface OrganizerCalendar {
    /**
     * One series as a recurring event.
     *
     * @param key       stable per group and series (the feed's UID), so a retried create finds the first one
     * @param lastDate  the date of the last occurrence, for a series that ended; empty while it goes on
     */
    record Event(String key, String subject, String body, Optional<String> location, ZonedDateTime start, Duration duration,
                 int intervalWeeks, Optional<LocalDate> lastDate, List<LeaderId> attendees) {
        public Event {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(lastDate, "lastDate");
            attendees = List.copyOf(attendees);
        }
    }

    Delivery create(Event event);

    Delivery update(String eventId, Event event);

    /** Cancels the one occurrence that starts at {@code start} (a skipped meeting). */
    Delivery cancelOccurrence(String eventId, ZonedDateTime start);

    /** Cancels the whole series (attendees get the cancellation). */
    Delivery cancel(String eventId);
}
