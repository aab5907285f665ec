package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.settings.JdbcWorkspaceSettings;
import se.largrupp.core.settings.ProgrammeSettings;
import se.largrupp.core.settings.SettingsFeature;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.teams.support.Activities;
import se.largrupp.teams.support.ConnectorStandIn;
import se.largrupp.teams.support.TeamsEndpoint;

/**
 * {@code inställningar} in Teams answers with a card of the current values and an input per setting; a press is read
 * as the typed command, so a bad value and a non-admin are refused as typed input is, and nothing changes.
 */
class TeamsSettingsCardTest {
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String HELENA = "6f1a2b3c-0000-4d5e-8f90-dddddddddddd";
    static final String BO = "6f1a2b3c-0000-4d5e-8f90-eeeeeeeeeeee";
    static final Workspace WORKSPACE = LeaderId.of(Platform.TEAMS, TENANT, HELENA).workspace();
    final TestCore core = TestCore.create();
    final TestDatabase db = TestDatabases.h2();
    SettingsFeature settings;
    ConnectorStandIn connector;
    TeamsEndpoint endpoint;
    OutboxDrain outbox;
    Activities activities;

    @BeforeEach
    void start() throws Exception {
        connector = new ConnectorStandIn();
        activities = new Activities(connector.serviceUrl(), TENANT);
        settings = new SettingsFeature(new JdbcWorkspaceSettings(db.jdbc(), ProgrammeSettings.defaults()), core.wakeups,
                core.transactions, core.clock);
        core.build(b -> b.configuredAdmins(LeaderId.of(Platform.TEAMS, TENANT, HELENA).key())
                .handler(Command.Settings.class, settings::handle));
        TeamsAdapter teams = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), settings.commands(core.commands()),
                AccessTokens.none());
        endpoint = new TeamsEndpoint(teams.servlet());
        outbox = new OutboxDrain(core.outbox::messages, teams.outgoingMessages());
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        connector.close();
        db.close();
    }

    /** The card the bot answered with. */
    private JsonNode send(String activity) throws Exception {
        connector.clear();
        assertThat(endpoint.post(activity).statusCode()).isLessThan(300);
        outbox.deliver();
        List<ConnectorStandIn.Call> calls = connector.calls().stream().filter(c -> c.body() != null && c.body().has("attachments")).toList();
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).body().path("attachments").get(0).path("content");
    }

    private static ObjectNode press(String setting, String value) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("form", "settings").put("setting", setting);
        data.put("setting." + setting, value);
        return data;
    }

    private static List<JsonNode> all(JsonNode card, String type) {
        List<JsonNode> found = new java.util.ArrayList<>();
        card.findParents("type").forEach(n -> { if (type.equals(n.path("type").asText())) found.add(n); });
        return found;
    }

    @Test
    void the_settings_command_answers_with_the_current_values_and_an_input_and_change_button_per_setting() throws Exception {
        JsonNode card = send(activities.personal(HELENA, "Helena Holm", "inställningar"));

        String facts = all(card, "FactSet").toString();
        assertThat(facts).contains(core.texts.get(Language.SV, "settings.name.depth")).contains("\"value\":\"2\"");
        assertThat(all(card, "Input.Text")).extracting(n -> n.path("id").asText()).contains("setting.depth", "setting.departments",
                "setting.placement", "setting.language");
        List<JsonNode> submits = all(card, "Action.Submit");
        assertThat(submits).anySatisfy(s -> {
            assertThat(s.path("title").asText()).isEqualTo("Ändra");
            assertThat(s.path("data").path("form").asText()).isEqualTo("settings");
            assertThat(s.path("data").path("setting").asText()).isEqualTo("depth");
        });
    }

    @Test
    void a_press_changes_the_setting_as_the_typed_command_would_and_bad_input_or_a_non_admin_changes_nothing() throws Exception {
        JsonNode changed = send(activities.submitPersonal(HELENA, "Helena Holm", "1732640000111", press("depth", " 1 ")));
        assertThat(settings.store().of(WORKSPACE).managerDepth()).isOne();
        assertThat(changed.toString()).contains(core.texts.get(Language.SV, "settings.changed"));

        JsonNode bad = send(activities.submitPersonal(HELENA, "Helena Holm", "1732640000112", press("depth", "många")));
        JsonNode empty = send(activities.submitPersonal(HELENA, "Helena Holm", "1732640000113", press("departments", "")));
        JsonNode notAdmin = send(activities.submitPersonal(BO, "Bo Berg", "1732640000114", press("depth", "3")));

        assertThat(bad.toString()).contains("många");
        assertThat(empty.toString()).contains(firstWords(core.texts.get(Language.SV, "settings.refusal.missing.departments")));
        assertThat(notAdmin.toString()).doesNotContain(core.texts.get(Language.SV, "settings.changed"));
        assertThat(settings.store().of(WORKSPACE).managerDepth()).isOne();
        assertThat(settings.store().of(WORKSPACE).departments()).isEmpty();
    }

    private static String firstWords(String text) {
        return text.substring(0, Math.min(20, text.length()));
    }
}
