package se.largrupp.core.meetings.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OrganizerCalendar;
import se.largrupp.core.port.Transactions;

/**
 * Brings the organiser's calendar in line with a group's published series: creates each series' recurring event with
 * the members as attendees, updates it when the booking or the members change (a series that ended keeps its past
 * occurrences, to its last date), cancels skipped occurrences and series that ended before they met. Run by the
 * outbox's sender for a group's {@code calendar-invite} message; reads and records in short transactions, calls the
 * calendar between them, and stops at the first failure, which the outbox retries: what was done is recorded, so
 * the next try goes on from there.
 */
final class SyncInvites {
    private final PublishedSeries published;
    private final Invites invites;
    private final Groups groups;
    private final Leaders leaders;
    private final Transactions transactions;
    private final CalendarFeeds feeds;
    private final OrganizerCalendar calendar;
    private final Clock clock;

    SyncInvites(PublishedSeries published, Invites invites, Groups groups, Leaders leaders, Transactions transactions,
                CalendarFeeds feeds, OrganizerCalendar calendar, Clock clock) {
        this.published = published;
        this.invites = invites;
        this.groups = groups;
        this.leaders = leaders;
        this.transactions = transactions;
        this.feeds = feeds;
        this.calendar = calendar;
        this.clock = clock;
    }

    private record State(LearningGroup group, List<Series> series, Map<Integer, Invites.Invite> invites, Language language) {}

    Delivery sync(GroupId id) {
        Optional<State> state = CalendarFeeds.once(transactions, () -> groups.find(id).map(g ->
                new State(g, published.of(g, clock.instant()), invites.of(id), Formats.groupLanguage(leaders, g))));
        if (state.isEmpty()) return new Delivery.Delivered("no-group");
        for (Series s : state.get().series()) {
            Delivery d = sync(state.get(), s, state.get().invites().get(s.number()));
            if (!(d instanceof Delivery.Delivered)) return d;
        }
        return new Delivery.Delivered(id.value());
    }

    private Delivery sync(State state, Series s, Invites.Invite invite) {
        boolean cancelled = s.endedAt().filter(e -> !s.metBefore(e)).isPresent();
        if (invite != null && invite.cancelled()) return new Delivery.Delivered(invite.eventId());
        if (invite == null && cancelled) return new Delivery.Delivered("never-created");
        OrganizerCalendar.Event event = event(state, s);
        String fingerprint = fingerprint(event);
        if (invite == null) {
            Delivery d = calendar.create(event);
            if (!(d instanceof Delivery.Delivered created)) return d;
            invite = new Invites.Invite(s.group(), s.number(), created.platformMessageId(), fingerprint, false, java.util.Set.of());
            save(invite);
        }
        if (cancelled) {
            Delivery d = calendar.cancel(invite.eventId());
            if (d instanceof Delivery.Delivered) save(invite.cancelledNow());
            return d;
        }
        if (!fingerprint.equals(invite.fingerprint())) {
            Delivery d = calendar.update(invite.eventId(), event);
            if (!(d instanceof Delivery.Delivered)) return d;
            invite = invite.with(fingerprint);
            save(invite);
        }
        for (Instant skip : s.skips()) {
            if (invite.skipsDone().contains(skip) || s.endedAt().filter(e -> !skip.isBefore(e)).isPresent()) continue;
            Delivery d = calendar.cancelOccurrence(invite.eventId(), skip.atZone(s.booking().zone()));
            if (!(d instanceof Delivery.Delivered)) return d;
            invite = invite.skipped(skip);
            save(invite);
        }
        return new Delivery.Delivered(invite.eventId());
    }

    private void save(Invites.Invite invite) {
        transactions.inTransaction(() -> invites.save(invite));
    }

    private OrganizerCalendar.Event event(State state, Series s) {
        StandingBooking b = s.booking();
        List<LeaderId> attendees = state.group().members();
        return new OrganizerCalendar.Event(s.uid(), feeds.summary(state.group(), state.language()),
                feeds.description(s, state.language()), b.link().map(Object::toString), s.firstStart(), b.duration(),
                b.cadence().weeks(), s.endedAt().map(end -> lastDate(b, end)), attendees);
    }

    /** The date of the last occurrence that started before {@code end}. */
    static LocalDate lastDate(StandingBooking b, Instant end) {
        LocalDate last = b.firstDate();
        for (LocalDate d = b.firstDate(); b.at(d).toInstant().isBefore(end); d = d.plusWeeks(b.cadence().weeks())) last = d;
        return last;
    }

    static String fingerprint(OrganizerCalendar.Event e) {
        String text = String.join("|", e.subject(), e.body(), e.location().orElse(""), e.start().toString(), e.duration().toString(),
                Integer.toString(e.intervalWeeks()), e.lastDate().map(LocalDate::toString).orElse(""),
                String.join(",", e.attendees().stream().map(LeaderId::key).sorted().toList()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
