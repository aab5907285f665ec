package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/** The App Home of admins and sponsors shows the programme's figures with bars; only admins get the regroup button. */
class SlackAppHomeFiguresTest {
    TestCore t = TestCore.create();

    {
        // The figures of the insights feature, over the test core's in-memory ports.
        se.largrupp.core.insights.InsightsSource source = ws -> new se.largrupp.core.insights.History(ws, t.leaders.inWorkspace(ws),
                t.groups.active(ws), java.util.Map.of(), java.util.Map.of(), java.util.Set.of());
        var figures = new se.largrupp.core.insights.ProgrammeFigures(source, java.time.ZoneId.of("Europe/Stockholm"), NO_ENCOURAGEMENTS, t.clock);
        t.build(b -> b.configuredAdmins("slack:T1:UADMIN").configuredSponsors("slack:T1:USPONSOR")
                .handler(se.largrupp.core.commands.Command.Stats.class, new se.largrupp.core.insights.ShowInsights(figures, java.util.Optional.empty())));
    }

    static final se.largrupp.core.insights.Encouragements NO_ENCOURAGEMENTS = new se.largrupp.core.insights.Encouragements() {
        @Override public java.util.Optional<String> draft(se.largrupp.core.leaders.LeaderId s) { return java.util.Optional.empty(); }
        @Override public void saveDraft(se.largrupp.core.leaders.LeaderId s, String d, java.time.Instant at) { }
        @Override public void dropDraft(se.largrupp.core.leaders.LeaderId s) { }
        @Override public java.util.Optional<java.time.Instant> lastSent(se.largrupp.core.leaders.LeaderId s) { return java.util.Optional.empty(); }
        @Override public void markSent(se.largrupp.core.leaders.LeaderId s, java.time.Instant at, int n) { }
        @Override public List<se.largrupp.core.insights.Figures.Encouragement> sent(se.largrupp.core.leaders.Workspace w) { return List.of(); }
    };
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(t.commands(), who -> t.core().admins().isAdmin(who), who -> t.core().sponsors().isSponsor(who), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void a_sponsor_sees_the_figures_without_the_regroup_button_and_a_leader_sees_none() throws Exception {
        h.postJson(SlackEventsTest.event("EvS1", SlackEventsTest.homeOpened("USPONSOR")));
        h.postJson(SlackEventsTest.event("EvS2", SlackEventsTest.homeOpened("U6")));

        List<SlackStandIn.Call> published = h.slack.await("views.publish", 2);
        String sponsorHome = published.stream().filter(c -> c.param("user_id").equals("USPONSOR")).findFirst().orElseThrow().param("view");
        String leaderHome = published.stream().filter(c -> c.param("user_id").equals("U6")).findFirst().orElseThrow().param("view");
        assertThat(sponsorHome).contains(t.texts.get(Language.SV, "slack.home.sponsor"), t.texts.get(Language.SV, "insights.bars"), "░")
                .doesNotContain("home_regroup");
        assertThat(leaderHome).doesNotContain(t.texts.get(Language.SV, "insights.bars"));
    }
}
