package se.largrupp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.SendNudge;
import se.largrupp.core.meetings.fakes.FakeCalendarVersions;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.rounds.RoundStatus;
import se.largrupp.core.testing.TestCore;

/** Through the core's command service: parsing, membership checks and the handlers registered by Largrupp. */
class MeetingsAndRoundsWiringTest {
    private final FakeRounds rounds = new FakeRounds();
    private final TestCore t = TestCore.create().build(b -> b.meetingsAndRounds(
            new MeetingsAndRounds.Options(rounds, new FakeCalendarVersions(), MeetingSettings.defaults())));

    private LearningGroup bookedGroup() {
        t.joined("U1");
        t.joined("U2");
        t.joined("U3");
        LearningGroup g = t.groupOf("2027v1-01", "U1", "U2", "U3");
        var start = t.clock.instant().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate().plusDays(1);
        LearningGroup booked = g.withBooking(Optional.of(new StandingBooking(start.getDayOfWeek(), LocalTime.NOON,
                java.time.ZoneId.of("Europe/Stockholm"), Cadence.EVERY_2_WEEKS, StandingBooking.DEFAULT_DURATION,
                MeetingFormat.LUNCH, Optional.empty(), start)));
        t.groups.save(booked);
        return booked;
    }

    @Test
    void typed_round_commands_reach_the_rounds_feature_and_its_clock_runs_on_wake_ups() {
        LearningGroup g = bookedGroup();
        var where = g.conversation().orElseThrow();

        t.commands().execute(t.invocation(TestCore.leaderId("U2"), where), "start 10");
        t.commands().execute(t.invocation(TestCore.leaderId("U1"), where), "extend");
        t.clock.advance(Duration.ofMinutes(15));
        t.wakeups.fireDue(t.clock.instant());

        assertThat(rounds.open(g.id()).orElseThrow().current()).isEqualTo(1);
        assertThat(t.outbox.texts()).anyMatch(s -> s.contains("Tiden är ute — ordet går till *U2*"));
        t.commands().execute(t.invocation(TestCore.leaderId("U3"), where), "stop");
        assertThat(rounds.latest(g.id()).orElseThrow().status()).isEqualTo(RoundStatus.STOPPED);
    }

    @Test
    void when_answers_leave_fewer_than_two_the_group_is_offered_to_skip_once() {
        LearningGroup g = bookedGroup();
        var where = g.conversation().orElseThrow();

        t.commands().execute(t.invocation(TestCore.leaderId("U1"), where), "rsvp no");
        t.commands().execute(t.invocation(TestCore.leaderId("U2"), where), "rsvp no");
        t.commands().execute(t.invocation(TestCore.leaderId("U2"), where), "rsvp no");

        var notices = t.outbox.messages().stream().filter(m -> m.idempotencyKey().startsWith("quorum:")).toList();
        assertThat(notices).singleElement().satisfies(m -> assertThat(m.conversation()).isEqualTo(where));
    }

    @Test
    void when_the_last_member_leaves_the_dissolved_group_keeps_no_wake_ups() {
        t.joined("U1");
        LearningGroup g = t.groupOf("2027v1-01", "U1");
        var where = g.conversation().orElseThrow();
        t.commands().execute(t.invocation(TestCore.leaderId("U1"), where), "schedule tuesday 12:00");
        assertThat(t.wakeups.scheduled()).anyMatch(w -> w.subject().startsWith("group:" + g.id().value() + ":"));

        t.commands().execute(t.invocation(TestCore.leaderId("U1"), where), "leave");

        assertThat(t.groups.find(g.id()).orElseThrow().isActive()).isFalse();
        assertThat(t.wakeups.scheduled()).noneMatch(w -> w.subject().startsWith("group:" + g.id().value() + ":"));
    }

    @Test
    void the_calendar_command_answers_with_the_ics_text() {
        LearningGroup g = bookedGroup();

        Reply reply = t.commands().execute(t.invocation(TestCore.leaderId("U1"), g.conversation().orElseThrow()), "calendar");

        assertThat(((Reply.Show) reply).message().plainText()).contains("BEGIN:VCALENDAR", "RRULE:FREQ=WEEKLY;INTERVAL=2");
    }

    @Test
    void planning_at_start_up_schedules_the_booked_groups_nudges() {
        LearningGroup g = bookedGroup();

        t.core().meetingsAndRounds().orElseThrow().planAll();

        assertThat(t.wakeups.scheduled(SendNudge.TOPIC)).hasSize(2)
                .allMatch(s -> s.subject().startsWith("group:" + g.id() + ":"));
    }
}
