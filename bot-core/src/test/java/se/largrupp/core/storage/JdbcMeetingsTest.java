package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.group;
import static se.largrupp.core.storage.StorageFixtures.id;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcMeetingsTest {
    private static final Instant NOON = Instant.parse("2027-03-30T10:00:00Z");

    private static LearningGroup savedGroup(TestDatabase db, String name) {
        LearningGroup g = group(name, 1, T0, id("U1"), id("U2"), id("U3"));
        new JdbcGroups(db.jdbc()).save(g);
        return g;
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_meeting_with_answers_comes_back_unchanged(TestDatabase db) {
        JdbcMeetings meetings = new JdbcMeetings(db.jdbc());
        LearningGroup g = savedGroup(db, "g");
        Meeting m = Meeting.planned(g.id(), NOON).withRsvp(id("U1"), Rsvp.COMING).withRsvp(id("U2"), Rsvp.NOT_COMING);

        meetings.save(m);

        assertThat(meetings.find(g.id(), NOON)).contains(m);
        assertThat(meetings.find(g.id(), NOON.plusSeconds(1))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void saving_again_replaces_status_and_answers(TestDatabase db) {
        JdbcMeetings meetings = new JdbcMeetings(db.jdbc());
        LearningGroup g = savedGroup(db, "g");
        Meeting m = Meeting.planned(g.id(), NOON).withRsvp(id("U1"), Rsvp.COMING);
        meetings.save(m);
        Meeting changed = new Meeting(g.id(), NOON, Map.of(id("U1"), Rsvp.NOT_COMING, id("U3"), Rsvp.COMING),
                MeetingStatus.SKIPPED);

        meetings.save(changed);

        assertThat(meetings.find(g.id(), NOON)).contains(changed);
        assertThat(meetings.ofGroup(g.id())).containsExactly(changed);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_groups_meetings_come_oldest_first_and_apart_from_other_groups(TestDatabase db) {
        JdbcMeetings meetings = new JdbcMeetings(db.jdbc());
        LearningGroup g = savedGroup(db, "g");
        LearningGroup other = savedGroup(db, "other");
        Meeting later = Meeting.planned(g.id(), NOON.plus(Duration.ofDays(14))).withRsvp(id("U2"), Rsvp.COMING);
        Meeting earlier = Meeting.planned(g.id(), NOON).withStatus(MeetingStatus.HELD).withRsvp(id("U1"), Rsvp.COMING);
        Meeting sameTimeElsewhere = Meeting.planned(other.id(), NOON).withRsvp(id("U3"), Rsvp.NOT_COMING);
        meetings.save(later);
        meetings.save(sameTimeElsewhere);
        meetings.save(earlier);

        assertThat(meetings.ofGroup(g.id())).containsExactly(earlier, later);
        assertThat(meetings.ofGroup(other.id())).containsExactly(sameTimeElsewhere);
    }
}
