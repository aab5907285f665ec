package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.SlackAdapter;
import se.largrupp.slack.SlackSettings;
import se.largrupp.teams.TeamsAdapter;
import se.largrupp.teams.TeamsConversation;
import se.largrupp.teams.TeamsSettings;

/**
 * Bolt and the Bot Framework SDK disagree about OkHttp and SLF4J (DEPENDENCIES.md); the parent pom pins them. This
 * starts both adapters in one JVM on one Jetty server, in front of the real core, and drives each over HTTP, in and
 * out, against one local stand-in of both platforms' APIs.
 */
class BothAdaptersInOneJvmTest {
    static final String SECRET = "both-signing-secret";
    final TestCore core = TestCore.create();
    final List<String> platformCalls = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    HttpServer platforms;
    Server server;
    SlackAdapter slack;
    TeamsAdapter teams;

    @BeforeEach
    void start() throws Exception {
        platforms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platforms.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            ex.getRequestBody().readAllBytes();
            synchronized (platformCalls) { platformCalls.add(ex.getRequestMethod() + " " + path); }
            String body = path.equals("/api/auth.test")
                    ? "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"url\":\"https://acme.slack.com/\"}"
                    : path.startsWith("/api/") ? "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}"
                    : "{\"id\":\"activity-1\"}";
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        platforms.start();
        String base = "http://127.0.0.1:" + platforms.getAddress().getPort();

        slack = SlackAdapter.create(SlackSettings.of("xoxb-test", SECRET).withApiUrl(URI.create(base + "/api/")), core.commands());
        teams = TeamsAdapter.create(TeamsSettings.devMode(Optional.empty()), core.commands());
        slack.start();
        teams.start();
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(slack.servlet()), "/slack/events");
        context.addServlet(new ServletHolder(teams.servlet()), "/api/messages");
        server.setHandler(context);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        slack.stop();
        teams.stop();
        platforms.stop(0);
    }

    String endpoint(String path) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path;
    }

    String platformBase() {
        return "http://127.0.0.1:" + platforms.getAddress().getPort();
    }

    @Test
    void slack_and_teams_both_answer_in_one_jvm_with_the_pinned_okhttp_and_slf4j() throws Exception {
        assertThat(okhttp3.OkHttp.VERSION).isEqualTo("4.12.0");
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("ch.qos.logback");

        // Slack: a signed slash command, with Swedish text so the signature is checked over UTF-8 bytes.
        String form = "team_id=T1&channel_id=C1&user_id=U1&user_name=anna&command=" + enc("/lärgrupp")
                + "&text=" + enc("hjälp") + "&trigger_id=trig-1&response_url=" + enc("http://127.0.0.1:1/unused");
        long ts = System.currentTimeMillis() / 1000;
        HttpResponse<String> slackAnswer = http.send(HttpRequest.newBuilder(URI.create(endpoint("/slack/events")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", sign(ts, form))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(slackAnswer.statusCode()).isEqualTo(200);
        assertThat(slackAnswer.body()).containsAnyOf(core.texts.get(Language.SV, "help.title"), core.texts.get(Language.EN, "help.title"));

        // Teams: a personal message, answered through the Bot Connector stand-in.
        HttpResponse<String> teamsAnswer = http.send(HttpRequest.newBuilder(URI.create(endpoint("/api/messages")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(teamsMessage(platformBase() + "/teams/"), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(teamsAnswer.statusCode()).isEqualTo(200);
        // Teams acks first: the reply waits in the outbox for its route, under the activity it answers.
        OutgoingMessage reply = core.outbox.messages().stream().filter(m -> m.conversation().platform() == Platform.TEAMS)
                .findFirst().orElseThrow();
        assertThat(teams.outgoingMessages().deliver(reply, Optional.empty())).isInstanceOf(Delivery.Delivered.class);
        assertThat(platformCalls).contains("POST /teams/v3/conversations/a:1personal/activities/act-1");

        // Proactive messages out of both adapters.
        Delivery toSlack = slack.outgoingMessages().deliver(
                OutgoingMessage.post("k1", new ConversationRef("slack:T1:C1"), Message.text("Hej")), Optional.empty());
        ConversationRef teamsThread = new TeamsConversation("19:g@thread.tacv2;messageid=1", platformBase() + "/teams/", "tenant-1",
                Optional.empty(), "channel").ref();
        Delivery toTeams = teams.outgoingMessages().deliver(OutgoingMessage.post("k2", teamsThread, Message.text("Hej")), Optional.empty());
        assertThat(toSlack).isInstanceOf(Delivery.Delivered.class);
        assertThat(toTeams).isInstanceOf(Delivery.Delivered.class);
        assertThat(platformCalls).contains("POST /api/chat.postMessage", "POST /teams/v3/conversations/19:g@thread.tacv2;messageid=1/activities");
    }

    static String teamsMessage(String serviceUrl) {
        return """
                {"type":"message","id":"act-1","channelId":"msteams","serviceUrl":"%s","locale":"en-US","text":"help",
                 "from":{"id":"29:anna","name":"Anna","aadObjectId":"aad-anna"},
                 "conversation":{"conversationType":"personal","tenantId":"tenant-1","id":"a:1personal"},
                 "recipient":{"id":"28:bot","name":"Lärgrupp"},"channelData":{"tenant":{"id":"tenant-1"}}}
                """.formatted(serviceUrl);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String sign(long ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }
}
