package se.largrupp.core.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.testing.InMemoryLeaders;
import se.largrupp.core.testing.InMemoryOutbox;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The pulse stored on H2 and PostgreSQL, and a scan of every pulse table: nothing per group or person is kept. */
class JdbcPulseTest {
    private static final Workspace WS = new Workspace(Platform.SLACK, "T9");
    private static final Instant T = Instant.parse("2027-03-10T12:00:00Z");

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void answers_become_counts_per_workspace_and_month_and_nothing_names_a_group_or_a_person(TestDatabase db) throws SQLException {
        MutableClock clock = MutableClock.at(T);
        ManualWakeups wakeups = new ManualWakeups();
        JdbcPulseStore store = new JdbcPulseStore(db.jdbc());
        PulseFeature pulse = new PulseFeature(store, new InMemoryOutbox(), wakeups, new InMemoryLeaders(clock), new Texts(),
                db.transactions(), clock);
        wakeups.register(pulse.closer());
        List<LeaderId> everyone = new ArrayList<>();
        List<String> pulses = new ArrayList<>();
        for (int group = 1; group <= 6; group++) {
            List<LeaderId> present = List.of(LeaderId.of(Platform.SLACK, "T9", "UG" + group + "A"), LeaderId.of(Platform.SLACK, "T9", "UG" + group + "B"));
            everyone.addAll(present);
            db.transactions().inTransaction(() -> pulse.closed(WS, present, clock.instant()));
            pulses.add(store.closedBefore(Instant.parse("9999-01-01T00:00:00Z")).stream().filter(p -> !pulses.contains(p)).findFirst().orElseThrow());
            String id = pulses.get(pulses.size() - 1);
            for (LeaderId l : present) {
                assertThat(store.markAnswered(id, l, 1)).isTrue();
                assertThat(store.markAnswered(id, l, 1)).isFalse();
                store.count(store.window(id).orElseThrow(), 1, group % 5 + 1);
            }
        }
        PulseStore.MonthFigures f = store.figures(WS.key(), "2027-03");
        assertThat(f.meetings()).isEqualTo(6);
        assertThat(f.counts().get(1).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        assertThat(rows(db, "pulse_answered")).isPositive();

        clock.set(T.plus(PulseFeature.WINDOW).plus(Duration.ofMinutes(1)));
        wakeups.fireDue(clock.instant());

        assertThat(rows(db, "pulse_windows")).isZero();
        assertThat(rows(db, "pulse_answered")).as("the answered flags go when the window closes").isZero();
        assertThat(store.figures(WS.key(), "2027-03")).isEqualTo(f);
        // Every text in every pulse table: the workspace and the month, never a person's id (nor a group's: none was given)
        try (Connection c = db.dataSource().getConnection()) {
            for (String table : pulseTables(c))
                for (String text : texts(c, table)) {
                    assertThat(text).as(table).isIn(WS.key(), "2027-03");
                    everyone.forEach(l -> assertThat(text).doesNotContain(l.user()));
                }
        }
    }

    private static int rows(TestDatabase db, String table) {
        return db.jdbc().queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getInt(1)).orElseThrow();
    }

    private static List<String> pulseTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith("pulse_")) out.add(name);
            }
        }
        assertThat(out).hasSize(4);
        return out;
    }

    private static List<String> texts(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next())
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof String s) out.add(s.strip());
                }
        }
        return out;
    }
}
