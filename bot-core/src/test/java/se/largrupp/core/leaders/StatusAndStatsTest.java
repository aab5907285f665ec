package se.largrupp.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.testing.TestCore;

class StatusAndStatsTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @Test
    void status_shows_group_members_next_meeting_and_my_answer() {
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        t.groupOf("2027v1-03", "U0ANNA", "U0BO", "U0CY");
        t.commands().execute(t.invocation(anna), "schedule tuesday 12:00");
        t.commands().execute(t.invocation(anna), "rsvp yes");
        String status = text(t.commands().execute(t.invocation(anna, Language.EN), "status"));
        assertThat(status).contains("Group: 2027v1-03").contains("Members: U0ANNA, U0BO, U0CY")
                .contains("Next meeting: Tuesday 12 January 12:00 (you are coming)");
    }

    @Test
    void status_says_who_opens_next_time_when_the_rounds_feature_knows() {
        t.build(b -> b.nextOpener((people, day) -> java.util.Optional.of(TestCore.leaderId("U0CY"))));
        t.joined("U0ANNA");
        t.leaders.save(t.joined("U0CY").withProfile("Cyrus", java.util.Optional.empty(), java.util.Optional.empty()));
        t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        t.commands().execute(t.invocation(anna), "schedule tuesday 12:00");
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "status"))).contains("Opens next time: Cyrus");
    }

    @Test
    void status_of_someone_who_has_not_joined_says_how_to_join() {
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "status"))).contains("Write `join`");
    }

    @Test
    void stats_are_for_admins_only_and_hold_figures_only() {
        t.build(b -> b.configuredAdmins("U0ADMIN"));
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        t.leaders.save(t.joined("U0DAN").withStatus(new LeaderStatus.Paused(java.util.Optional.empty())));
        LearningGroup g = t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        Instant now = t.clock.instant();
        t.meetings.save(Meeting.planned(g.id(), now.minus(Duration.ofDays(28))).withRsvp(anna, Rsvp.COMING)
                .withRsvp(TestCore.leaderId("U0BO"), Rsvp.NOT_COMING).withStatus(MeetingStatus.HELD));
        t.meetings.save(Meeting.planned(g.id(), now.minus(Duration.ofDays(14))).withStatus(MeetingStatus.SKIPPED));
        t.meetings.save(Meeting.planned(g.id(), now.plus(Duration.ofDays(1))).withRsvp(anna, Rsvp.COMING));

        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "stats"))).contains("Only the programme's admins");
        String stats = text(t.commands().execute(t.invocation(TestCore.leaderId("U0ADMIN"), Language.EN), "stats"));
        assertThat(stats).contains("3 taking part, 1 on a break").contains("1 active").contains("1 held, 1 skipped")
                .contains("67 % of invitations answered, 50 % of answers \"coming\"");
    }
}
