package se.largrupp.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.meetings.fakes.MeetingsWorld;

class NudgesTest {
    private final MeetingsWorld world = new MeetingsWorld();
    private static final Instant DAY_BEFORE = FIRST_MEETING.minus(Duration.ofHours(24));
    private static final Instant SHORTLY = FIRST_MEETING.minus(Duration.ofMinutes(15));

    @Test
    void a_booked_group_gets_wake_ups_at_both_nudge_times_under_its_group_prefix() {
        LearningGroup g = world.bookedGroup();

        assertThat(world.wakeups.scheduled(SendNudge.TOPIC))
                .extracting(s -> s.subject() + "@" + s.at())
                .containsExactlyInAnyOrder("group:" + g.id() + ":nudge:day-before@" + DAY_BEFORE,
                        "group:" + g.id() + ":nudge:shortly@" + SHORTLY);
    }

    @Test
    void the_day_before_nudge_carries_the_agenda_who_opens_and_rsvp_buttons_and_plans_the_next_one() {
        LearningGroup g = world.bookedGroup();

        world.at(DAY_BEFORE);

        List<OutgoingMessage> sent = world.outbox.messages();
        assertThat(sent).extracting(OutgoingMessage::idempotencyKey)
                .containsExactly("nudge:" + g.id() + ":" + FIRST_MEETING + ":day-before");
        Message m = sent.get(0).message();
        assertThat(sent.get(0).conversation()).isEqualTo(CHANNEL);
        assertThat(m.plainText()).contains("Learning group tomorrow", "Bring a current situation or challenge", "Opens this time: Anna Ek");
        assertThat(buttons(m)).containsExactly("rsvp yes", "rsvp no");
        assertThat(world.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), NudgeKind.DAY_BEFORE)))
                .contains(FIRST_MEETING.plus(Duration.ofDays(14)).minus(Duration.ofHours(24)));
    }

    @Test
    void the_short_nudge_shows_who_is_coming_and_offers_to_start() {
        LearningGroup g = world.bookedGroup();
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withRsvp(ANNA, Rsvp.COMING).withRsvp(BO, Rsvp.NOT_COMING));

        world.at(SHORTLY);

        Message m = world.outbox.withKeyPrefix("nudge:").get(1).message();
        assertThat(m.plainText()).contains("in 15 minutes", "Coming: Anna Ek", "Can't come: Bo Lind", "No answer yet: Cecilia Berg");
        assertThat(buttons(m)).containsExactly("start");
    }

    @Test
    void waking_twice_or_planning_again_sends_each_nudge_once() {
        LearningGroup g = world.bookedGroup();
        world.at(DAY_BEFORE);
        world.planNudges.rescheduled(g.id());
        world.at(DAY_BEFORE.plusSeconds(30));
        new SendNudgeProbe(world).wakeNow(g, NudgeKind.DAY_BEFORE);

        assertThat(world.outbox.withKeyPrefix("nudge:")).hasSize(1);
    }

    @Test
    void an_early_wake_up_sends_nothing_and_waits_for_the_right_time() {
        LearningGroup g = world.bookedGroup();
        world.clock.set(DAY_BEFORE.minusSeconds(3600));
        new SendNudgeProbe(world).wakeNow(g, NudgeKind.DAY_BEFORE);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), NudgeKind.DAY_BEFORE))).contains(DAY_BEFORE);
    }

    @Test
    void nudges_missed_while_down_go_out_late_only_while_the_meeting_is_ahead() {
        LearningGroup g = world.bookedGroup();

        world.at(FIRST_MEETING.minus(Duration.ofHours(2))); // down over the day-before time, back before the meeting

        assertThat(world.outbox.keys()).containsExactly("nudge:" + g.id() + ":" + FIRST_MEETING + ":day-before");

        MeetingsWorld later = new MeetingsWorld();
        LearningGroup h = later.bookedGroup();
        later.at(FIRST_MEETING.plus(Duration.ofHours(1))); // back after the meeting: both nudges are stale

        assertThat(later.outbox.messages()).isEmpty();
        assertThat(later.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(h.id(), NudgeKind.SHORTLY)))
                .contains(FIRST_MEETING.plus(Duration.ofDays(14)).minus(Duration.ofMinutes(15)));
    }

    @Test
    void a_skipped_meeting_gets_no_nudges_but_the_next_one_does() {
        LearningGroup g = world.bookedGroup();
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withStatus(MeetingStatus.SKIPPED));

        world.at(FIRST_MEETING);
        assertThat(world.outbox.messages()).isEmpty();

        world.at(FIRST_MEETING.plus(Duration.ofDays(14)).minus(Duration.ofHours(24)));
        assertThat(world.outbox.keys()).hasSize(1);
    }

    @Test
    void nudge_times_are_configurable_per_workspace() {
        MeetingSettings settings = MeetingSettings.defaults().withNudges(WS, new NudgeTimes(Duration.ofHours(48), Duration.ofMinutes(5)));
        MeetingsWorld custom = new MeetingsWorld(settings, new FakeRounds());
        LearningGroup g = custom.bookedGroup();

        assertThat(custom.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), NudgeKind.DAY_BEFORE)))
                .contains(FIRST_MEETING.minus(Duration.ofHours(48)));
        assertThat(custom.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), NudgeKind.SHORTLY)))
                .contains(FIRST_MEETING.minus(Duration.ofMinutes(5)));
    }

    @Test
    void changing_the_booking_moves_the_wake_ups() {
        LearningGroup g = world.bookedGroup();
        var moved = tuesdayNoon();
        moved = new se.largrupp.core.groups.StandingBooking(moved.weekday(), java.time.LocalTime.of(15, 0), moved.zone(),
                moved.cadence(), moved.duration(), moved.format(), moved.link(), moved.firstDate());
        world.groups.save(g.withBooking(Optional.of(moved)));

        world.planNudges.rescheduled(g.id());

        assertThat(world.wakeups.at(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), NudgeKind.SHORTLY)))
                .contains(FIRST_MEETING.plus(Duration.ofHours(3)).minus(Duration.ofMinutes(15)));
    }

    @Test
    void after_dissolving_no_wake_up_remains_for_the_group() {
        LearningGroup g = world.bookedGroup();
        world.wakeups.schedule("rounds.turn", WakeSubjects.groupPrefix(g.id()) + "round:r1", FIRST_MEETING);
        world.groups.save(g.dissolved(world.clock.instant()));

        world.planNudges.removed(g.id());

        assertThat(world.wakeups.scheduled()).isEmpty();
    }

    @Test
    void a_group_that_lost_its_booking_has_its_nudges_dropped_even_when_nobody_told_the_schedule() {
        LearningGroup g = world.bookedGroup();
        world.groups.save(g.withBooking(Optional.empty()));

        world.at(FIRST_MEETING);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.wakeups.scheduled()).isEmpty();
    }

    @Test
    void planning_all_groups_at_start_up_covers_every_booked_group_and_skips_unbooked_ones() {
        LearningGroup booked = world.bookedGroup();
        world.wakeups.cancelAll("group:");
        world.groups.save(LearningGroup.formed(WS, "2027v1-02", 1, List.of(ANNA), world.clock.instant()));

        world.planNudges.planAll();

        assertThat(world.wakeups.scheduled()).allMatch(s -> s.subject().startsWith(WakeSubjects.groupPrefix(booked.id()))).hasSize(2);
    }

    @Test
    void the_opener_rotates_after_a_round() {
        LearningGroup g = world.bookedGroup();
        world.rounds.save(se.largrupp.core.rounds.Round.started(g.id(), List.of(ANNA, BO, CECILIA), Duration.ofMinutes(15),
                world.clock.instant()).ended(se.largrupp.core.rounds.RoundStatus.FINISHED));

        world.at(DAY_BEFORE);

        assertThat(world.outbox.messages().get(0).message().plainText()).contains("Opens this time: Bo Lind");
    }

    static List<String> buttons(Message m) {
        return m.blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).map(Message.Button::command).toList();
    }

    /** Wakes the handler directly, as a re-fired Quartz trigger would. */
    record SendNudgeProbe(MeetingsWorld world) {
        void wakeNow(LearningGroup g, NudgeKind kind) {
            world.wakeups.schedule(SendNudge.TOPIC, WakeSubjects.nudge(g.id(), kind), world.clock.instant());
            world.wakeups.fireDue(world.clock.instant());
        }
    }
}
