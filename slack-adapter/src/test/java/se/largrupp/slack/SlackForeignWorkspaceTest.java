package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.installation.InstalledWorkspaceOnly;
import se.largrupp.slack.support.LogCapture;
import se.largrupp.slack.support.SlackHarness;

/**
 * The bot serves the workspace its token was installed in (auth.test: T1, no organisation). A payload naming another
 * workspace or organisation (Slack Connect, Enterprise Grid) is acknowledged and nothing is done: no leader, no command.
 */
class SlackForeignWorkspaceTest {
    TestCore t = TestCore.create().build(b -> b.configuredAdmins("UADMIN"));
    List<String> ran = new CopyOnWriteArrayList<>();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        CommandService counting = new CommandService() {
            public Reply execute(Invocation i, String text) { ran.add(text); return t.commands().execute(i, text); }
            public Reply execute(Invocation i, Command c) { ran.add(c.canonical()); return t.commands().execute(i, c); }
        };
        h = new SlackHarness(counting, who -> t.core().admins().isAdmin(who), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    static String joinCommand(Map<String, String> changes) {
        Map<String, String> f = slashCommand("/lärgrupp", "U9", "join Ekonomi", "trig-" + changes.hashCode());
        f.putAll(changes);
        return form(f);
    }

    static String directMessage(String eventId, String topTeam, String eventTeam) {
        return """
                {"token":"x","team_id":"%s","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1,
                 "event":{"type":"message","channel_type":"im","channel":"D9","user":"U9","text":"join Ekonomi","ts":"1.2","team":"%s"}}"""
                .formatted(topTeam, eventId, eventTeam);
    }

    @Test
    void commands_events_and_actions_naming_another_workspace_are_acknowledged_and_do_nothing() throws Exception {
        try (LogCapture log = new LogCapture()) {
            List<Integer> statuses = List.of(
                    h.postForm(joinCommand(Map.of("team_id", "T9"))).statusCode(),
                    h.postForm(joinCommand(Map.of("enterprise_id", "E9"))).statusCode(),
                    h.postJson(directMessage("EvF1", "T9", "T9")).statusCode(),
                    h.postJson(directMessage("EvF2", "T1", "T9")).statusCode(),
                    h.postPayload(SlackInteractivityTest.button("U9", "trig-f1", "regroup apply", h.slack.responseUrl("f1"))
                            .replace("\"team\":{\"id\":\"T1\"", "\"team\":{\"id\":\"T9\"")).statusCode(),
                    // A Slack Connect guest pressing a button in a channel of the installed workspace.
                    h.postPayload(SlackInteractivityTest.button("U9", "trig-f2", "rsvp yes", h.slack.responseUrl("f2"))
                            .replace("\"team_id\":\"T1\"", "\"team_id\":\"T9\"")).statusCode(),
                    h.postPayload(SlackInteractivityTest.joinSubmission("U9", "Ekonomi", null, "sv")
                            .replace("\"team\":{\"id\":\"T1\"", "\"team\":{\"id\":\"T9\"")).statusCode());

            assertThat(statuses).containsOnly(200);
            // Then one the bot does serve: once it ran, anything the refused ones had started would have run too.
            assertThat(h.postForm(joinCommand(Map.of())).statusCode()).isEqualTo(200);

            assertThat(ran).containsExactly("join Ekonomi");
            assertThat(t.leaders.all()).extracting(l -> l.id().workspace().id()).containsExactly("T1");
            assertThat(h.slack.calls()).extracting(c -> c.method()).containsOnly("users.info");
            assertThat(log.lines(InstalledWorkspaceOnly.class)).hasSize(7)
                    .allSatisfy(line -> assertThat(line).startsWith("INFO").doesNotContain("T9", "E9", "U9", "Ekonomi"));
        }
    }

    @Test
    void payloads_that_name_only_the_installed_workspace_are_served() throws Exception {
        var command = h.postForm(joinCommand(Map.of("enterprise_id", "")));
        h.postJson(directMessage("EvF3", "T1", "T1"));
        h.slack.await("chat.postMessage", 1);

        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(ran).containsExactly("join Ekonomi", "join Ekonomi");
        assertThat(t.leaders.find(TestCore.leaderId("U9"))).isPresent();
    }
}
