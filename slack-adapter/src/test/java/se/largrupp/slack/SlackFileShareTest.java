package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.OrgChartCommands;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/**
 * HR's CSV shared with the bot in a DM arrives as a signed {@code message} event of subtype {@code file_share}: the
 * adapter downloads {@code url_private_download} with the bot token, looks the addresses up with
 * {@code users.lookupByEmail} and posts the core's preview with its buttons.
 */
class SlackFileShareTest {
    static final String CSV = "email;name;department;manager_email\nvd@acme.se;Vera Dahl;Ledning;\nasa@acme.se;Åsa Öberg;Sälj;vd@acme.se\n";
    private final TestDatabases.TestDatabase db = TestDatabases.h2();
    private final MutableClock clock = MutableClock.standard();
    private Largrupp core;
    private SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, false);
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), outbox, r.transactions(), new Texts(), clock, List.of());
        OrgChartCommands chat = orgChart.commands();
        core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(new ManualWakeups())
                .groupConversations(new TestCore.RecordingConversations()).clock(clock).configuredAdmins("slack:T1:UADMIN")
                .handler(Command.OrgChart.class, chat::answer).handler(Command.OrgChartFile.class, chat::file).build();
        h = new SlackHarness(core.commands(), who -> core.admins().isAdmin(who), List.of());
        h.slack.member("vd@acme.se", "U0VD", "Vera Dahl");
        h.slack.member("asa@acme.se", "U0ASA", "Åsa Öberg");
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
        db.close();
    }

    private String fileShare(String eventId, String user, String channelType, String url) {
        return SlackEventsTest.event(eventId, """
                {"type":"message","subtype":"file_share","channel_type":"%s","channel":"D1","user":"%s","text":"","ts":"1.2",
                 "files":[{"id":"F1","name":"hr.csv","filetype":"csv","mimetype":"text/csv","size":%d,"url_private_download":"%s"}]}"""
                .formatted(channelType, user, CSV.length(), url));
    }

    @Test
    void an_admins_csv_in_the_dm_is_fetched_with_the_bot_token_and_answered_with_a_preview_and_buttons() throws Exception {
        String url = h.slack.file("hr.csv", CSV.getBytes(StandardCharsets.UTF_8));

        var ack = h.postJson(fileShare("EvF1", "UADMIN", "im", url));

        assertThat(ack.statusCode()).isEqualTo(200);
        SlackStandIn.Call post = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(h.slack.calls("file_download")).singleElement().satisfies(c -> assertThat(c.param("_token")).isEqualTo("xoxb-test"));
        assertThat(h.slack.calls("users.lookupByEmail")).extracting(c -> c.param("email")).containsExactlyInAnyOrder("vd@acme.se", "asa@acme.se");
        assertThat(post.param("channel")).isEqualTo("D1");
        assertThat(post.param("blocks")).contains("Förhandsgranskning av organisationsschemat", "2 personer i filen finns i arbetsytan.",
                "Verkställ", "Avbryt", "orgchart apply ");
        assertThat(db.jdbc().queryOne("SELECT COUNT(*) FROM org_facts", rs -> rs.getLong(1)).orElseThrow()).isZero();
    }

    @Test
    void a_leader_who_is_no_admin_is_refused_without_a_download_and_a_file_in_a_channel_is_left_alone() throws Exception {
        String url = h.slack.file("hr.csv", CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(h.postJson(fileShare("EvF2", "U1", "channel", url)).statusCode()).isEqualTo(200);
        assertThat(h.postJson(fileShare("EvF3", "U1", "im", url)).statusCode()).isEqualTo(200);

        SlackStandIn.Call post = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(post.param("blocks") + post.param("text")).doesNotContain("Förhandsgranskning");
        assertThat(h.slack.calls("file_download")).isEmpty();
        assertThat(h.slack.calls("users.lookupByEmail")).isEmpty();
    }

    @Test
    void the_token_is_never_sent_to_a_host_that_is_not_slacks() throws Exception {
        h.postJson(fileShare("EvF4", "UADMIN", "im", "https://evil.example/hr.csv"));

        SlackStandIn.Call post = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(post.param("blocks") + post.param("text")).contains("Jag kunde inte hämta filen");
        assertThat(h.slack.calls("file_download")).isEmpty();
    }
}
