package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.storage.StorageFixtures.ACME;
import static se.largrupp.core.storage.StorageFixtures.OTHER;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.id;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcAdminsTest {

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_added_admin_is_an_admin_of_their_workspace_until_removed(TestDatabase db) {
        JdbcAdmins admins = new JdbcAdmins(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        LeaderId teamsAdmin = new LeaderId(OTHER, "29:1åäö");
        assertThat(admins.isAdmin(id("U1"))).isFalse();

        admins.add(id("U1"), id("U0"));
        admins.add(id("U2"), id("U1"));
        admins.add(teamsAdmin, teamsAdmin);

        assertThat(admins.isAdmin(id("U1"))).isTrue();
        assertThat(admins.added(ACME)).containsExactlyInAnyOrder(id("U1"), id("U2"));
        assertThat(admins.added(OTHER)).containsExactly(teamsAdmin);

        admins.remove(id("U1"));

        assertThat(admins.isAdmin(id("U1"))).isFalse();
        assertThat(admins.added(ACME)).containsExactly(id("U2"));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void adding_an_admin_twice_keeps_one_record_and_who_added_them_first(TestDatabase db) {
        JdbcAdmins admins = new JdbcAdmins(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        admins.add(id("U1"), id("U0"));
        admins.add(id("U1"), id("U9"));

        assertThat(admins.added(ACME)).containsExactly(id("U1"));
        assertThat(db.jdbc().query("SELECT added_by FROM admins", r -> r.getString("added_by")))
                .containsExactly(id("U0").key());
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void removing_someone_who_is_no_admin_changes_nothing(TestDatabase db) {
        JdbcAdmins admins = new JdbcAdmins(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        admins.add(id("U1"), id("U0"));
        admins.remove(id("U5"));
        assertThat(admins.added(ACME)).containsExactly(id("U1"));
    }
}
