package se.largrupp.core.meetings.calendar;

import java.io.StringReader;
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
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.GroupStatus;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** Leaders, a group with a standing booking on a real database, the calendar feature, and a parser for its feeds. */
final class FeedWorld {
    static final Workspace WS = new Workspace(Platform.SLACK, "T0ACME");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    final MutableClock clock = MutableClock.standard(); // Monday 11 January 2027, 09:00 in Stockholm
    final TestDatabase db;
    final JdbcRepositories repos;
    final CalendarFeature feature;

    FeedWorld(TestDatabase db) {
        this.db = db;
        this.repos = JdbcRepositories.of(db.database(), clock);
        this.feature = new CalendarFeature(repos.leaders(), repos.groups(), repos.meetings(), db.transactions(), new Texts(),
                clock, db.jdbc(), () -> URI.create("https://largrupp.example.com"));
    }

    LeaderId leader(String user, String name) {
        LeaderId id = new LeaderId(WS, user);
        repos.leaders().save(new Leader(id, name, Optional.of("Ekonomi"), Optional.empty(), Optional.of(Language.SV), STOCKHOLM,
                LeaderStatus.active(), clock.instant(), List.of()));
        return id;
    }

    /** Tuesdays 12:00 in Stockholm every other week from 12 January 2027, digital with a link. */
    static StandingBooking tuesdays() {
        return new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, STOCKHOLM, Cadence.EVERY_2_WEEKS, Duration.ofMinutes(45),
                MeetingFormat.DIGITAL, Optional.of(URI.create("https://meet.example.com/g1")), LocalDate.of(2027, 1, 12));
    }

    LearningGroup group(String name, Optional<StandingBooking> booking, LeaderId... members) {
        LearningGroup g = new LearningGroup(GroupId.random(), WS, name, 1, List.of(members), Optional.empty(), booking,
                GroupStatus.ACTIVE, clock.instant(), Optional.empty());
        repos.groups().save(g);
        return g;
    }

    String token(LeaderId leader, boolean renew) {
        String link = db.transactions().inTransaction(() -> feature.feeds().link(leader, renew));
        return link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
    }

    String feed(String token) {
        return feature.feeds().feed(token).orElseThrow().body();
    }

    static Calendar parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            var result = calendar.validate();
            if (result.hasErrors()) throw new AssertionError("not valid RFC 5545: " + result + "\n" + ics);
            for (String line : ics.split("\r\n")) {
                if (line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 75) throw new AssertionError("unfolded line: " + line);
            }
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<VEvent> events(String ics) {
        return parse(ics).getComponents(Component.VEVENT);
    }

    static VEvent event(String ics, String uid) {
        return events(ics).stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in\n" + ics));
    }

    static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The event's occurrences (local start times) between two dates, as a calendar app expands them. */
    static List<ZonedDateTime> occurrences(VEvent event, LocalDate from, LocalDate to) {
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(STOCKHOLM), to.atStartOfDay(STOCKHOLM));
        return event.<ZonedDateTime>calculateRecurrenceSet(window).stream().map(Period::getStart)
                .map(t -> t.withZoneSameInstant(STOCKHOLM)).sorted().collect(Collectors.toList());
    }

    void advanceTo(Instant t) {
        clock.set(t);
    }
}
