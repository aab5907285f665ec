package se.largrupp.deploy.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The dashboard's sign-ins and sessions on H2 and PostgreSQL: one use per state, expiry, sign-out, forget me. */
class DashboardSessionsTest {
    private final MutableClock clock = MutableClock.standard();
    private final LeaderId helena = TestCore.leaderId("U0HELENA");

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_state_answers_once_for_its_provider_and_only_for_ten_minutes(TestDatabase db) {
        DashboardSessions sessions = new DashboardSessions(db.jdbc(), clock);
        String state = sessions.begin("slack", "n1", Language.EN);
        assertThat(sessions.take(state, "microsoft")).isEmpty();
        String again = sessions.begin("slack", "n2", Language.EN);
        assertThat(sessions.take(again, "slack")).hasValueSatisfying(p -> {
            assertThat(p.nonce()).isEqualTo("n2");
            assertThat(p.language()).isEqualTo(Language.EN);
        });
        assertThat(sessions.take(again, "slack")).isEmpty();
        String late = sessions.begin("slack", "n3", Language.SV);
        clock.advance(DashboardSessions.SIGN_IN.plusSeconds(1));
        assertThat(sessions.take(late, "slack")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_session_lasts_until_sign_out_or_expiry_and_forget_me_ends_it(TestDatabase db) {
        DashboardSessions sessions = new DashboardSessions(db.jdbc(), clock);
        String cookie = sessions.open(helena, "Helena Berg", Language.SV);
        assertThat(db.jdbc().query("SELECT session_hash FROM dashboard_sessions", rs -> rs.getString(1))).doesNotContain(cookie);
        assertThat(sessions.find(cookie)).hasValueSatisfying(s -> assertThat(s.who()).isEqualTo(helena));
        assertThat(sessions.find("guess")).isEmpty();

        sessions.close(cookie);
        assertThat(sessions.find(cookie)).isEmpty();

        String expiring = sessions.open(helena, "Helena Berg", Language.SV);
        clock.advance(DashboardSessions.SESSION.plus(Duration.ofSeconds(1)));
        assertThat(sessions.find(expiring)).isEmpty();

        String forgotten = sessions.open(helena, "Helena Berg", Language.SV);
        sessions.erase(helena, "Helena Berg", Set.of());
        assertThat(sessions.find(forgotten)).isEmpty();
        assertThat(db.jdbc().query("SELECT display_name FROM dashboard_sessions", rs -> rs.getString(1))).isEmpty();
    }
}
