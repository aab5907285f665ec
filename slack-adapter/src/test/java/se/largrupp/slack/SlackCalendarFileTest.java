package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.slack.support.SlackHarness.form;
import static se.largrupp.slack.support.SlackHarness.slashCommand;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

/** {@code calendar}: the link in the ack, and the .ics uploaded as a file into the caller's direct message. */
class SlackCalendarFileTest {
    static final String ICS = "BEGIN:VCALENDAR\r\nPRODID:-//Largrupp//Largrupp 1.0//EN\r\nVERSION:2.0\r\nX-WR-CALNAME:Lärgrupp\r\nEND:VCALENDAR\r\n";
    FakeCore core = new FakeCore();
    SlackHarness h;

    @BeforeEach
    void start() throws Exception {
        core.answer("kalender", (who, t) -> Reply.toCaller(Message.of(new Block.Heading("Kalender för lärgrupp 2027v1-03"),
                new Block.Text("https://largrupp.example.com/calendar/abc.ics"),
                new Block.Link("Lägg till i kalendern", "https://outlook.office.com/calendar/0/addfromweb?url=x&name=L%C3%A4rgrupp"),
                new Block.Attachment("largrupp-2027v1-03.ics", "text/calendar", ICS))));
        h = new SlackHarness(core);
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    @Test
    void the_link_rides_on_the_ack_and_the_ics_is_uploaded_into_the_direct_message_in_three_steps() throws Exception {
        var ack = h.postForm(form(slashCommand("/lärgrupp", "U1", "kalender", "trig-cal")));
        assertThat(ack.statusCode()).isEqualTo(200);
        String blocks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ack.body()).path("blocks").toString();
        assertThat(blocks).contains("https://largrupp.example.com/calendar/abc.ics")
                .contains("<https://outlook.office.com/calendar/0/addfromweb?url=x&name=L%C3%A4rgrupp|Lägg till i kalendern>")
                .doesNotContain("BEGIN:VCALENDAR");

        SlackStandIn.Call done = h.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(SlackStandIn.methods(h.slack.calls())).containsSubsequence("conversations.open", "files.getUploadURLExternal",
                "upload", "files.completeUploadExternal");
        assertThat(h.slack.calls("conversations.open").get(0).param("users")).isEqualTo("U1");
        SlackStandIn.Call url = h.slack.calls("files.getUploadURLExternal").get(0);
        assertThat(url.param("filename")).isEqualTo("largrupp-2027v1-03.ics");
        assertThat(url.param("length")).isEqualTo(String.valueOf(ICS.getBytes(StandardCharsets.UTF_8).length));
        assertThat(h.slack.calls("upload").get(0).body()).isEqualTo(ICS);
        assertThat(done.param("channel_id")).isEqualTo("DU1");
        assertThat(done.param("files")).contains("\"id\":\"F").contains("largrupp-2027v1-03.ics");
    }

    @Test
    void a_reply_without_an_attachment_uploads_nothing() throws Exception {
        h.postForm(form(slashCommand("/lärgrupp", "U1", "status", "trig-st")));
        h.postForm(form(slashCommand("/lärgrupp", "U1", "kalender", "trig-cal2")));
        h.slack.await("files.completeUploadExternal", 1);
        assertThat(h.slack.calls("conversations.open")).hasSize(1);
    }

    @Test
    void asked_by_direct_message_the_answer_and_the_file_both_arrive_in_that_direct_message() throws Exception {
        h.postJson(SlackEventsTest.event("EvCal", "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"DU1\",\"user\":\"U1\","
                + "\"text\":\"kalender\",\"ts\":\"1.2\",\"team\":\"T1\"}"));
        SlackStandIn.Call done = h.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(done.param("channel_id")).isEqualTo("DU1");
        assertThat(h.slack.calls("chat.postMessage")).singleElement().satisfies(c -> assertThat(c.param("channel")).isEqualTo("DU1"));
        assertThat(h.slack.calls("upload").get(0).body()).isEqualTo(ICS);
    }
}
