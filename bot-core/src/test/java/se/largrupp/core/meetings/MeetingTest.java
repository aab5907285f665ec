package se.largrupp.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

class MeetingTest {
    private final LeaderId anna = LeaderId.of(Platform.SLACK, "T1", "UANNA");
    private final LeaderId bo = LeaderId.of(Platform.SLACK, "T1", "UBO");
    private final LeaderId cia = LeaderId.of(Platform.SLACK, "T1", "UCIA");
    private final List<LeaderId> members = List.of(anna, bo, cia);
    private final Meeting meeting = Meeting.planned(new GroupId("g1"), Instant.parse("2027-01-05T11:00:00Z"));

    @Test
    void a_meeting_with_no_answers_stands() {
        assertThat(meeting.belowQuorum(members)).isFalse();
    }

    @Test
    void a_meeting_stands_while_two_can_come() {
        Meeting oneAway = meeting.withRsvp(anna, Rsvp.NOT_COMING);

        assertThat(oneAway.belowQuorum(members)).isFalse();
        assertThat(oneAway.possiblyComing(members)).containsExactly(bo, cia);
    }

    @Test
    void a_meeting_falls_below_quorum_when_only_one_can_come() {
        Meeting twoAway = meeting.withRsvp(anna, Rsvp.NOT_COMING).withRsvp(cia, Rsvp.NOT_COMING);

        assertThat(twoAway.belowQuorum(members)).isTrue();
    }

    @Test
    void a_changed_answer_replaces_the_earlier_one() {
        Meeting changed = meeting.withRsvp(bo, Rsvp.NOT_COMING).withRsvp(bo, Rsvp.COMING);

        assertThat(changed.coming(members)).containsExactly(bo);
    }
}
