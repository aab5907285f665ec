package se.largrupp.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.TestCore;

class RsvpAndSkipTest {
    private final TestCore t = TestCore.create(); // Monday 11 January 2027, 09:00 in Stockholm
    private final LeaderId anna = TestCore.leaderId("U0ANNA");
    private final LeaderId bo = TestCore.leaderId("U0BO");
    private static final Instant TUE_12 = Instant.parse("2027-01-12T11:00:00Z");
    private static final Instant TUE_12_TWO_WEEKS_LATER = Instant.parse("2027-01-26T11:00:00Z");
    private LearningGroup group;

    private final java.util.List<Instant> recorded = new java.util.ArrayList<>();

    @BeforeEach
    void a_group_with_a_slot_on_tuesdays() {
        t.build(b -> b.onRsvpRecorded((g, start) -> recorded.add(start)));
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        group = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        t.commands().execute(t.invocation(anna), "schedule tuesday 12:00");
        t.outbox.clear();
    }

    @Test
    void an_answer_is_stored_for_the_next_meeting_and_can_be_changed() {
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "rsvp yes"))).contains("Tuesday 12 January 12:00").contains("So far: 1 coming");
        t.commands().execute(t.invocation(bo), "kan inte");
        assertThat(t.meetings.find(group.id(), TUE_12).orElseThrow().rsvps()).isEqualTo(Map.of(anna, Rsvp.COMING, bo, Rsvp.NOT_COMING));
        t.commands().execute(t.invocation(bo), "kommer");
        assertThat(t.meetings.find(group.id(), TUE_12).orElseThrow().rsvps()).containsEntry(bo, Rsvp.COMING);
        assertThat(recorded).containsExactly(TUE_12, TUE_12, TUE_12);
    }

    @Test
    void two_who_cannot_come_are_told_the_meeting_is_below_quorum() {
        t.commands().execute(t.invocation(anna), "kan inte");
        assertThat(text(t.commands().execute(t.invocation(bo, Language.EN), "rsvp no"))).contains("Fewer than two");
    }

    @Test
    void skip_skips_only_the_next_meeting_and_the_group_is_told() {
        text(t.commands().execute(t.invocation(anna), "hoppa över"));
        assertThat(t.meetings.find(group.id(), TUE_12).orElseThrow().status()).isEqualTo(MeetingStatus.SKIPPED);
        assertThat(t.outbox.texts()).singleElement().asString().contains("hoppar över mötet").contains("26 januari");
        assertThat(text(t.commands().execute(t.invocation(bo), "hoppa över"))).contains("redan hoppat över");
        assertThat(t.meetings.find(group.id(), TUE_12_TWO_WEEKS_LATER)).isEmpty();
        t.commands().execute(t.invocation(bo), "kommer");
        assertThat(t.meetings.find(group.id(), TUE_12_TWO_WEEKS_LATER).orElseThrow().rsvps()).containsEntry(bo, Rsvp.COMING);
    }

    @Test
    void without_a_standing_slot_an_answer_is_refused_with_how_to_set_one() {
        t.groups.save(t.groups.find(group.id()).orElseThrow().withBooking(java.util.Optional.empty()));
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "rsvp yes"))).contains("schedule tuesday 12:00");
        assertThat(t.meetings.all()).isEmpty();
    }
}
