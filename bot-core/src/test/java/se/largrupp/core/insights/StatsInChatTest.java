package se.largrupp.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.SeededYear;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** {@code stats} in chat on a stored year: the short form with bars and the link; group names for admins only. */
class StatsInChatTest {
    private final MutableClock clock = MutableClock.standard();

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_admin_sees_the_groups_at_risk_by_name_and_a_sponsor_sees_the_same_figures_without_any_group(TestDatabase db) {
        InsightsCore w = new InsightsCore(db, clock);
        SeededYear year = new SeededYear(TestCore.WORKSPACE, clock.instant());
        year.saveTo(w.repos, db.jdbc());

        String admin = text(w.core.commands().execute(w.by(TestCore.leaderId("U0ADMIN"), "Helena"), "statistik"));
        String sponsor = text(w.core.commands().execute(w.by(TestCore.leaderId("U0KARIN"), "Karin"), "statistik"));

        assertThat(admin).contains("Programmet i siffror", "Hållna möten per månad", "█", "https://largrupp.example/admin",
                year.quiet.name(), year.shrunk.name());
        assertThat(sponsor).contains("Programmet i siffror", (42 - (year.shrunk.members().size() - 2)) + " deltar", "Hållna möten per månad", "https://largrupp.example/admin");
        for (LearningGroup g : year.groups) assertThat(sponsor).doesNotContain(g.name());
        // The meeting pulse joins the insights' figures, under its threshold rule.
        assertThat(admin).contains("Puls efter mötena", "för få svar för att visa");
        assertThat(sponsor).contains("Puls efter mötena", "för få svar för att visa");
        assertThat(text(w.core.commands().execute(w.by(TestCore.leaderId("U0L1"), "Ledare"), "stats")))
                .contains("administratörer och sponsorer");
    }
}
