package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.storage.StorageFixtures.ACME;
import static se.largrupp.core.storage.StorageFixtures.T0;
import static se.largrupp.core.storage.StorageFixtures.id;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class JdbcSponsorsTest {

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_sponsor_is_stored_once_per_workspace_until_removed(TestDatabase db) {
        JdbcSponsors sponsors = new JdbcSponsors(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        sponsors.add(id("U1"), id("U0"));
        sponsors.add(id("U1"), id("U9"));
        sponsors.add(id("U2"), id("U0"));

        assertThat(sponsors.isSponsor(id("U1"))).isTrue();
        assertThat(sponsors.added(ACME)).containsExactly(id("U1"), id("U2"));
        assertThat(db.jdbc().query("SELECT added_by FROM sponsors WHERE leader_key = ?", r -> r.getString(1), id("U1").key()))
                .containsExactly(id("U0").key());

        sponsors.remove(id("U1"));
        assertThat(sponsors.isSponsor(id("U1"))).isFalse();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void forgetting_a_person_removes_them_as_sponsor_and_as_the_one_who_added_others(TestDatabase db) {
        JdbcSponsors sponsors = new JdbcSponsors(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        sponsors.add(id("U1"), id("U0"));
        sponsors.add(id("U0"), id("U5"));

        sponsors.erase(id("U0"), "Anna", Set.of());

        assertThat(sponsors.added(ACME)).containsExactly(id("U1"));
        assertThat(db.jdbc().query("SELECT added_by FROM sponsors", r -> r.getString(1))).containsOnlyNulls();
    }
}
