package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.largrupp.core.storage.StorageFixtures.ACME;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.group;
import static se.largrupp.core.storage.StorageFixtures.id;
import static se.largrupp.core.storage.StorageFixtures.leader;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The repositories as a use case sees them: in one transaction, and across a restart. */
class RepositoriesTogetherTest {
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_failed_use_case_leaves_nothing_behind_in_any_table(TestDatabase db) {
        JdbcLeaders leaders = new JdbcLeaders(db.jdbc());
        JdbcGroups groups = new JdbcGroups(db.jdbc());
        LearningGroup g = group("g", 1, T0, id("U1"), id("U2"), id("U3"));

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            leaders.save(leader("U1", "Åke", T0).withNotWith(List.of(id("U2"))));
            groups.save(g);
            new JdbcMeetings(db.jdbc()).save(Meeting.planned(g.id(), T0).withRsvp(id("U1"), Rsvp.COMING));
            new JdbcAdmins(db.jdbc(), CLOCK).add(id("U1"), id("U0"));
            new JdbcProcessedDeliveries(db.database(), CLOCK).firstTime("Ev1");
            throw new IllegalStateException("the platform call failed");
        })).isInstanceOf(IllegalStateException.class);

        for (String table : List.of("leaders", "leader_not_with", "learning_groups", "group_members", "meetings", "rsvps",
                "admins", "processed_deliveries")) {
            assertThat(db.jdbc().query("SELECT COUNT(*) AS n FROM " + table, r -> r.getLong("n")))
                    .as(table).containsExactly(0L);
        }
    }

    @Test
    void what_was_stored_is_there_after_a_restart(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("largrupp").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        Leader åsa = leader("U1", "Åsa 🌷", T0).withZone(ZoneId.of("Europe/Stockholm"));
        StandingBooking booking = new StandingBooking(DayOfWeek.THURSDAY, LocalTime.of(8, 30), ZoneId.of("Europe/Stockholm"),
                Cadence.EVERY_4_WEEKS, Duration.ofMinutes(45), MeetingFormat.FIKA, Optional.empty(), LocalDate.of(2027, 10, 21));
        LearningGroup g = group("Fika-gänget", 1, T0, id("U1"), id("U2"), id("U3")).withBooking(Optional.of(booking));
        Meeting m = Meeting.planned(g.id(), booking.at(booking.firstDate()).toInstant()).withRsvp(id("U2"), Rsvp.NOT_COMING);

        try (Database db = Database.open(url, "sa", "", 2)) {
            db.transactions().inTransaction(() -> {
                new JdbcLeaders(db.jdbc()).save(åsa);
                new JdbcGroups(db.jdbc()).save(g);
                new JdbcMeetings(db.jdbc()).save(m);
            });
        }
        try (Database db = Database.open(url, "sa", "", 2)) {
            assertThat(new JdbcLeaders(db.jdbc()).inWorkspace(ACME)).containsExactly(åsa);
            assertThat(new JdbcGroups(db.jdbc()).activeGroupOf(id("U3"))).contains(g);
            assertThat(new JdbcMeetings(db.jdbc()).ofGroup(g.id())).containsExactly(m);
        }
    }
}
