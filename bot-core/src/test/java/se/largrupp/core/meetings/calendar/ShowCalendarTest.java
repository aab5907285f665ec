package se.largrupp.core.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class ShowCalendarTest {
    private final MeetingsWorld world = new MeetingsWorld();

    private String ics() {
        String text = ((Reply.Show) world.commands.execute(world.by(ANNA), new Command.Calendar())).message().plainText();
        return text.substring(text.indexOf("BEGIN:VCALENDAR"), text.indexOf("END:VCALENDAR") + "END:VCALENDAR".length());
    }

    @Test
    void the_standing_booking_becomes_a_weekly_recurring_event_in_the_groups_time_zone() {
        LearningGroup g = world.bookedGroup();

        String ics = ics();

        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "BEGIN:VEVENT",
                "DTSTART;TZID=Europe/Stockholm:20270112T120000", "DTEND;TZID=Europe/Stockholm:20270112T124500",
                "RRULE:FREQ=WEEKLY;INTERVAL=2", "UID:largrupp-" + g.id() + "@largrupp", "SEQUENCE:0",
                "SUMMARY:Learning group 2027v1-01", "DESCRIPTION:Coffee\\, 45 min.", "DTSTAMP:20270105T090000Z");
        assertThat(ics).contains("\r\n");
    }

    @Test
    void a_changed_booking_keeps_the_uid_and_bumps_the_sequence_and_an_unchanged_one_does_not() {
        LearningGroup g = world.bookedGroup();
        ics();
        assertThat(ics()).contains("SEQUENCE:0");
        StandingBooking monthlyDigital = new StandingBooking(g.booking().orElseThrow().weekday(), g.booking().orElseThrow().time(),
                STOCKHOLM, Cadence.EVERY_4_WEEKS, StandingBooking.DEFAULT_DURATION, MeetingFormat.DIGITAL,
                Optional.of(URI.create("https://meet.example/abc")), g.booking().orElseThrow().firstDate());
        world.groups.save(g.withBooking(Optional.of(monthlyDigital)));

        String ics = ics();

        assertThat(ics).contains("SEQUENCE:1", "RRULE:FREQ=WEEKLY;INTERVAL=4", "UID:largrupp-" + g.id() + "@largrupp",
                "URL:https://meet.example/abc", "LOCATION:https://meet.example/abc", "Link: https://meet.example/abc");
    }

    @Test
    void without_a_group_or_a_booking_the_caller_is_told_what_to_do() {
        String none = ((Reply.Show) world.commands.execute(world.by(ANNA), new Command.Calendar())).message().plainText();
        assertThat(none).contains("not in a learning group");

        world.groups.save(LearningGroup.formed(WS, "2027v1-09", 1, java.util.List.of(ANNA), world.clock.instant()).withConversation(CHANNEL));
        String unbooked = ((Reply.Show) world.commands.execute(world.by(ANNA), new Command.Calendar())).message().plainText();
        assertThat(unbooked).contains("no standing slot yet", "`schedule tuesday 12:00`");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void stored_sequences_grow_only_when_the_fingerprint_changes(TestDatabase db) {
        JdbcCalendarVersions versions = new JdbcCalendarVersions(db.jdbc());
        GroupId g = GroupId.random();
        db.transactions().inTransaction(() -> {
            assertThat(versions.sequenceFor(g, "a")).isZero();
            assertThat(versions.sequenceFor(g, "a")).isZero();
            assertThat(versions.sequenceFor(g, "b")).isEqualTo(1);
            assertThat(versions.sequenceFor(GroupId.random(), "b")).isZero();
        });
        assertThat(versions.sequenceFor(g, "b")).isEqualTo(1);
    }
}
