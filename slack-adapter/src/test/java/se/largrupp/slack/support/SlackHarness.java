package se.largrupp.slack.support;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import se.largrupp.core.leaders.LeaderId;
import java.util.stream.Collectors;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import se.largrupp.core.commands.CommandService;
import se.largrupp.slack.SlackAdapter;
import se.largrupp.slack.SlackSettings;

/**
 * The adapter's servlet on a Jetty 12 server on a random port, its Web API pointed at a {@link SlackStandIn}, and a
 * client that sends signed Slack payloads over real HTTP.
 */
public final class SlackHarness implements AutoCloseable {
    public static final String SECRET = "test-signing-secret";
    public final SlackStandIn slack;
    public final SlackAdapter adapter;
    /** What the endpoint read of the request bodies. */
    public final CountingFilter reads = new CountingFilter();
    private final Server server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    public SlackHarness(CommandService core) throws Exception {
        this(core, Set.of(), List.of());
    }

    public SlackHarness(CommandService core, Set<String> adminUsers, List<String> departments) throws Exception {
        this(core, who -> adminUsers.contains(who.user()), departments);
    }

    public SlackHarness(CommandService core, Predicate<LeaderId> isAdmin, List<String> departments) throws Exception {
        this(core, isAdmin, who -> false, departments);
    }

    public SlackHarness(CommandService core, Predicate<LeaderId> isAdmin, Predicate<LeaderId> isSponsor, List<String> departments)
            throws Exception {
        slack = new SlackStandIn();
        SlackSettings settings = new SlackSettings("xoxb-test", SECRET, Optional.empty(), slack.apiUrl(),
                SlackSettings.DEFAULT_COMMANDS, departments);
        adapter = SlackAdapter.create(settings, core, isAdmin, isSponsor, Clock.systemUTC());
        adapter.start();
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(adapter.servlet()), "/slack/events");
        context.addFilter(new FilterHolder(reads), "/slack/events", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/slack/events");
    }

    public URI endpoint() {
        return endpoint;
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A slash command as Slack sends it. */
    public static Map<String, String> slashCommand(String command, String user, String text, String triggerId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", "T1");
        f.put("team_domain", "acme");
        f.put("channel_id", "C1");
        f.put("channel_name", "general");
        f.put("user_id", user);
        f.put("user_name", user.toLowerCase());
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", "http://127.0.0.1:1/unused");
        f.put("trigger_id", triggerId);
        return f;
    }

    public HttpResponse<String> postForm(String body) throws Exception {
        return post(body, "application/x-www-form-urlencoded", now(), Signer.sign(SECRET, now(), body), Map.of());
    }

    public HttpResponse<String> postJson(String body) throws Exception {
        return post(body, "application/json", now(), Signer.sign(SECRET, now(), body), Map.of());
    }

    public HttpResponse<String> postJson(String body, Map<String, String> headers) throws Exception {
        return post(body, "application/json", now(), Signer.sign(SECRET, now(), body), headers);
    }

    public HttpResponse<String> post(String body, String contentType, Long timestamp, String signature, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) b.header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        if (signature != null) b.header("X-Slack-Signature", signature);
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any body, signed freshly as Slack signs it: over its bytes, with the current timestamp. */
    public HttpResponse<String> postSigned(byte[] body, String contentType, Map<String, String> headers) throws Exception {
        long ts = now();
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", Signer.sign(SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Interactivity payloads arrive as a form with one field, {@code payload}, holding the JSON. */
    public HttpResponse<String> postPayload(String json) throws Exception {
        return postForm("payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        server.stop();
        adapter.stop();
        slack.close();
    }
}
