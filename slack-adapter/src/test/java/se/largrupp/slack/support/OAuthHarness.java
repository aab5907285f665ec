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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.installations.InstallationEvents;
import se.largrupp.core.installations.JdbcInstallations;
import se.largrupp.core.installations.JdbcOAuthStates;
import se.largrupp.core.installations.TokenCipher;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.slack.SlackAdapter;
import se.largrupp.slack.SlackDistribution;
import se.largrupp.slack.SlackOAuth;
import se.largrupp.slack.SlackSettings;

/**
 * The adapter as a distributable app (OAuth) on a Jetty server: {@code /slack/events}, {@code /slack/install} and
 * {@code /slack/oauth_redirect}, its installations on a test database, its Web API pointed at a {@link SlackStandIn},
 * and a browser-like client that carries the state cookie from the install page to the redirect.
 */
public final class OAuthHarness implements AutoCloseable {
    public static final String SECRET_KEY = "test-secret-key-of-at-least-32-characters";
    public final SlackStandIn slack;
    public final SlackAdapter adapter;
    public final JdbcInstallations installations;
    public final JdbcOAuthStates states;
    public final List<String> events = new CopyOnWriteArrayList<>();
    private final Server server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public record Install(HttpResponse<String> page, String state, String cookie, String authorizeUrl) {}

    public OAuthHarness(CommandService core, TestDatabase db) throws Exception {
        slack = new SlackStandIn();
        installations = new JdbcInstallations(db.jdbc(), new TokenCipher(SECRET_KEY), Platform.SLACK);
        states = new JdbcOAuthStates(db.jdbc());
        InstallationEvents recording = new InstallationEvents() {
            @Override
            public void installed(Workspace workspace, Optional<LeaderId> installer) {
                events.add("installed " + workspace.key() + installer.map(l -> " by " + l.user()).orElse(""));
            }

            @Override
            public void uninstalled(Workspace workspace) {
                events.add("uninstalled " + workspace.key());
            }
        };
        SlackSettings settings = new SlackSettings(null, SlackHarness.SECRET, Optional.empty(), slack.apiUrl(),
                SlackSettings.DEFAULT_COMMANDS, List.of(), Optional.of(new SlackOAuth("111.222", "client-secret-x",
                Optional.of("https://largrupp.example/slack/oauth_redirect"), null)));
        adapter = SlackAdapter.create(settings, core, who -> false, Clock.systemUTC(),
                new SlackDistribution(installations, states, recording));
        adapter.start();
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(adapter.servlet()), "/slack/events");
        context.addServlet(new ServletHolder(adapter.oauthServlet().orElseThrow()), "/slack/install");
        context.addServlet(new ServletHolder(adapter.oauthServlet().orElseThrow()), "/slack/oauth_redirect");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI events() {
        return URI.create(base + "/slack/events");
    }

    /** Opens the install page as a Swedish or English browser would. */
    public Install openInstallPage(String acceptLanguage) throws Exception {
        HttpResponse<String> page = get("/slack/install", acceptLanguage, null);
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(page.body());
        String url = href.find() ? href.group(1).replace("&amp;", "&") : "";
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(url);
        return new Install(page, state.find() ? state.group(1) : "", cookie, url);
    }

    /** Slack sends the browser back with a code and the state; {@code cookie} is what the browser holds (or null). */
    public HttpResponse<String> redirect(String code, String state, String cookie, String acceptLanguage) throws Exception {
        String query = "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        return get("/slack/oauth_redirect" + query, acceptLanguage, cookie);
    }

    /** The whole dance in one browser: the page, Slack's consent, the way back. */
    public HttpResponse<String> install(String code) throws Exception {
        Install page = openInstallPage("sv-SE,sv;q=0.9");
        return redirect(code, page.state(), cookieValue(page.cookie()), "sv-SE");
    }

    public static String cookieValue(String setCookie) {
        return setCookie.split(";")[0];
    }

    public HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET();
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        if (cookie != null) b.header("Cookie", cookie);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postSigned(String body, String contentType) throws Exception {
        long ts = SlackHarness.now();
        HttpRequest request = HttpRequest.newBuilder(events()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", Signer.sign(SlackHarness.SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        server.stop();
        adapter.stop();
        slack.close();
    }
}
