package se.largrupp.core.installations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class InstallationsStorageTest {
    private static final String KEY = "a-secret-of-at-least-thirty-two-characters";
    private static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");

    static Installation workspace(String team, String token) {
        return new Installation(Platform.SLACK, Optional.empty(), Optional.of(team), false, Optional.of("A1"),
                Optional.of("UBOT"), Optional.of("BBOT"), Optional.of("chat:write,commands"), token, Optional.empty(),
                Optional.empty(), NOW);
    }

    static Installation organisation(String enterprise, String token) {
        return new Installation(Platform.SLACK, Optional.of(enterprise), Optional.empty(), true, Optional.of("A1"),
                Optional.of("UBOT"), Optional.of("BBOT"), Optional.empty(), token, Optional.of("xoxe-1-refresh"),
                Optional.of(NOW.plusSeconds(43_200)), NOW);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void each_workspace_finds_its_own_token_and_no_column_holds_a_token_in_the_clear(TestDatabase db) {
        JdbcInstallations store = new JdbcInstallations(db.jdbc(), new TokenCipher(KEY), Platform.SLACK);
        store.save(workspace("T1", "xoxb-one"));
        store.save(workspace("T2", "xoxb-two"));

        assertThat(store.forWorkspace(Optional.empty(), "T1").orElseThrow().botToken()).isEqualTo("xoxb-one");
        assertThat(store.forWorkspace(Optional.empty(), "T2").orElseThrow().botToken()).isEqualTo("xoxb-two");
        assertThat(store.forWorkspace(Optional.empty(), "T3")).isEmpty();
        assertThat(db.jdbc().query("SELECT bot_token FROM installations", rs -> rs.getString(1)))
                .hasSize(2).allSatisfy(v -> assertThat(v).startsWith("v1.").doesNotContain("xoxb"));

        store.save(workspace("T1", "xoxb-reinstalled"));
        assertThat(store.forWorkspace(Optional.empty(), "T1").orElseThrow().botToken()).isEqualTo("xoxb-reinstalled");
        assertThat(store.delete(Optional.empty(), Optional.of("T1"))).isTrue();
        assertThat(store.forWorkspace(Optional.empty(), "T1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_organisation_wide_install_acts_in_its_workspaces_until_one_is_revoked(TestDatabase db) {
        JdbcInstallations store = new JdbcInstallations(db.jdbc(), new TokenCipher(KEY), Platform.SLACK);
        store.save(organisation("E1", "xoxb-org"));

        assertThat(store.forWorkspace(Optional.of("E1"), "T7").orElseThrow().botToken()).isEqualTo("xoxb-org");
        assertThat(store.forWorkspace(Optional.empty(), "T7")).as("not yet seen in the organisation").isEmpty();
        store.workspaceInOrganisation("E1", "T7");
        Installation found = store.forWorkspace(Optional.empty(), "T7").orElseThrow();
        assertThat(found.refreshToken()).contains("xoxe-1-refresh");
        assertThat(found.tokenExpiresAt()).contains(NOW.plusSeconds(43_200));
        assertThat(store.workspacesOf("E1")).containsExactly("T7");

        store.workspaceLeftOrganisation("T7");
        assertThat(store.forWorkspace(Optional.empty(), "T7")).isEmpty();
        assertThat(store.delete(Optional.of("E1"), Optional.empty())).isTrue();
        assertThat(store.forOrganisation("E1")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_changed_secret_key_is_told_at_start_up_not_returned_as_garbage(TestDatabase db) {
        TokenCipher first = new TokenCipher(KEY);
        SecretKeyCheck.verify(db.jdbc(), first);
        new JdbcInstallations(db.jdbc(), first, Platform.SLACK).save(workspace("T1", "xoxb-one"));
        SecretKeyCheck.verify(db.jdbc(), first);

        TokenCipher other = new TokenCipher("another-secret-of-at-least-thirty-two-chars");
        assertThatThrownBy(() -> SecretKeyCheck.verify(db.jdbc(), other))
                .isInstanceOf(TokenCipher.WrongKey.class).hasMessageContaining("LARGRUPP_SECRET_KEY");
        assertThatThrownBy(() -> new JdbcInstallations(db.jdbc(), other, Platform.SLACK).forWorkspace(Optional.empty(), "T1"))
                .isInstanceOf(TokenCipher.WrongKey.class);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_state_serves_one_callback_and_only_before_it_expires(TestDatabase db) {
        JdbcOAuthStates states = new JdbcOAuthStates(db.jdbc());
        states.issue("s1", NOW.plusSeconds(600));
        states.issue("s2", NOW.plusSeconds(600));

        assertThat(states.consume("s1", NOW.plusSeconds(10))).isTrue();
        assertThat(states.consume("s1", NOW.plusSeconds(11))).as("reused").isFalse();
        assertThat(states.consume("forged", NOW)).isFalse();
        assertThat(states.consume("s2", NOW.plusSeconds(601))).as("expired").isFalse();
        assertThat(states.consume("s2", NOW)).as("gone after the expired attempt").isFalse();
    }

    @Test
    void a_short_secret_is_refused_and_values_differ_each_time() {
        assertThatThrownBy(() -> new TokenCipher("too-short")).hasMessageContaining("32");
        TokenCipher cipher = new TokenCipher(KEY);
        assertThat(cipher.encrypt("xoxb-1")).isNotEqualTo(cipher.encrypt("xoxb-1"));
        assertThat(cipher.decrypt(cipher.encrypt("xoxb-å"))).isEqualTo("xoxb-å");
        assertThat(cipher.toString()).doesNotContain(KEY);
    }
}
