package se.largrupp.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.meetings.fakes.MeetingsWorld;

class QuorumAndKeepAliveTest {
    private final MeetingsWorld world = new MeetingsWorld();

    @Test
    void when_fewer_than_two_can_come_the_group_is_told_once_with_a_skip_button() {
        LearningGroup g = world.bookedGroup();
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withRsvp(ANNA, Rsvp.NOT_COMING).withRsvp(BO, Rsvp.NOT_COMING));

        world.quorum.rsvpRecorded(g.id(), FIRST_MEETING);
        world.quorum.rsvpRecorded(g.id(), FIRST_MEETING);
        world.at(FIRST_MEETING.minus(Duration.ofHours(24)));

        var notices = world.outbox.withKeyPrefix("quorum:");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).message().plainText()).contains("Only one of you can come");
        assertThat(NudgesTest.buttons(notices.get(0).message())).containsExactly("skip");
        assertThat(world.groups.find(g.id()).orElseThrow().booking()).contains(tuesdayNoon());
    }

    @Test
    void while_two_may_come_nothing_is_said() {
        LearningGroup g = world.bookedGroup();
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withRsvp(ANNA, Rsvp.NOT_COMING));

        world.quorum.rsvpRecorded(g.id(), FIRST_MEETING);

        assertThat(world.outbox.messages()).isEmpty();
    }

    @Test
    void a_meeting_already_skipped_or_past_gets_no_quorum_notice() {
        LearningGroup g = world.bookedGroup();
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withRsvp(ANNA, Rsvp.NOT_COMING)
                .withRsvp(BO, Rsvp.NOT_COMING).withStatus(MeetingStatus.SKIPPED));
        world.quorum.rsvpRecorded(g.id(), FIRST_MEETING);

        world.clock.set(FIRST_MEETING.plusSeconds(60));
        world.meetings.save(Meeting.planned(g.id(), FIRST_MEETING).withRsvp(ANNA, Rsvp.NOT_COMING).withRsvp(BO, Rsvp.NOT_COMING));
        world.quorum.rsvpRecorded(g.id(), FIRST_MEETING);

        assertThat(world.outbox.withKeyPrefix("quorum:")).isEmpty();
    }

    @Test
    void after_two_quiet_meetings_the_group_is_asked_if_it_is_still_on_and_after_three_the_admins_are_told_once() {
        LearningGroup g = world.bookedGroup();
        // The admin is told in their own language, not the group's: they chose English.
        world.leaders.save(se.largrupp.core.leaders.Leader.joining(ADMIN, "Helena", world.clock.instant())
                .withLanguage(java.util.Optional.of(se.largrupp.core.leaders.Language.EN)));
        Instant third = FIRST_MEETING.plus(Duration.ofDays(28));
        Instant fourth = FIRST_MEETING.plus(Duration.ofDays(42));
        Instant fifth = FIRST_MEETING.plus(Duration.ofDays(56));

        world.at(third.minus(Duration.ofHours(24)));
        assertThat(world.outbox.withKeyPrefix("keepalive:")).extracting(OutgoingMessage::idempotencyKey)
                .containsExactly("keepalive:" + g.id() + ":" + third + ":still-on");
        assertThat(world.outbox.withKeyPrefix("keepalive:").get(0).message().plainText()).contains("still meeting on Tuesday");

        world.at(fourth.minus(Duration.ofHours(24)));
        world.at(fifth.minus(Duration.ofHours(24)));
        var toAdmins = world.outbox.messages().stream().filter(m -> m.onlyFor().isPresent()).toList();
        assertThat(toAdmins).hasSize(1);
        assertThat(toAdmins.get(0).onlyFor()).contains(ADMIN);
        assertThat(toAdmins.get(0).conversation().value()).isEqualTo("slack:T1:UADMIN");
        assertThat(toAdmins.get(0).message().plainText()).contains("2027v1-01", "3 meetings in a row");
    }

    @Test
    void an_answer_or_a_held_round_keeps_a_group_lively() {
        LearningGroup g = world.bookedGroup();
        Instant second = FIRST_MEETING.plus(Duration.ofDays(14));
        Instant fourth = FIRST_MEETING.plus(Duration.ofDays(42));
        world.meetings.save(Meeting.planned(g.id(), second).withStatus(MeetingStatus.HELD));

        world.at(fourth.minus(Duration.ofHours(24)));

        assertThat(world.outbox.withKeyPrefix("keepalive:")).isEmpty();
    }
}
