package se.largrupp.slack.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import se.largrupp.core.commands.CommandService;
import se.largrupp.slack.SlackAdapter;
import se.largrupp.slack.SlackSettings;
import se.largrupp.core.testing.TestCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;
import se.largrupp.slack.support.Signer;

/**
 * Ack latency of {@code /lärgrupp status} over HTTP, open loop at a fixed rate, against a bare Bolt app that acks with
 * a fixed text, measured in the same run with the two interleaved request by request (so machine load hits both).
 * Latency counts from the moment a request was due, not sent, so a stalled client does not hide queueing.
 *
 * <pre>mvn -o -q -pl slack-adapter -am test -DskipTests -Dslack.bench [-Dslack.bench.seconds=30 -Dslack.bench.rate=100]</pre>
 */
public final class SlackAckBenchmark {
    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("slack.bench.seconds", 30);
        int rate = Integer.getInteger("slack.bench.rate", 100);
        try (SlackStandIn slack = new SlackStandIn()) {
            SlackAdapter adapter = SlackAdapter.create(new SlackSettings("xoxb-bench", SlackHarness.SECRET, Optional.empty(),
                    slack.apiUrl(), SlackSettings.DEFAULT_COMMANDS, List.of()), core(), who -> false, Clock.systemUTC());
            adapter.start();
            App bare = bareBolt(slack.apiUrl());
            Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
            ServletContextHandler context = new ServletContextHandler();
            context.addServlet(new ServletHolder(adapter.servlet()), "/slack/events");
            context.addServlet(new ServletHolder(new SlackAppServlet(bare)), "/bare/slack/events");
            server.setHandler(context);
            server.start();
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            URI largrupp = URI.create("http://127.0.0.1:" + port + "/slack/events");
            URI baseline = URI.create("http://127.0.0.1:" + port + "/bare/slack/events");

            System.out.printf("warming up (5 s), then %d s at %d req/s to each app%n", seconds, rate);
            run(List.of(baseline, largrupp), rate, 5);
            List<List<Long>> results = run(List.of(baseline, largrupp), rate, seconds);

            List<Long> b = results.get(0);
            List<Long> l = results.get(1);
            System.out.println();
            System.out.println("| app (ack of /lärgrupp status) | requests ok | p50 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|");
            row("bare Bolt, fixed text (baseline)", b);
            row("Lärgrupp adapter, core status", l);
            System.out.printf("| ratio Lärgrupp / baseline | | %.2f | %.2f | |%n", pct(l, 50) / pct(b, 50), pct(l, 99) / pct(b, 99));
            server.stop();
            adapter.stop();
            bare.stop();
        }
        System.exit(0);
    }

    /** The real core on in-memory ports: 20 leaders in 5 groups, so status reads a leader, a group and a meeting. */
    private static CommandService core() {
        TestCore t = TestCore.create();
        for (int g = 0; g < 5; g++) {
            String[] users = new String[4];
            for (int m = 0; m < 4; m++) {
                users[m] = "U" + (g * 4 + m);
                t.joined(users[m]);
            }
            t.groupOf("2027v1-0" + g, users);
        }
        return t.commands();
    }

    private static App bareBolt(URI apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.toString());
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-bench")
                .signingSecret(SlackHarness.SECRET).authTestCacheEnabled(true).build()); // as the adapter configures Bolt
        app.command("/lärgrupp", (req, ctx) -> ctx.ack("Status: ok"));
        return app;
    }

    /** Returns, per target, the latencies in microseconds of the successful requests. */
    private static List<List<Long>> run(List<URI> targets, int rate, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
        List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) latencies.add(new ConcurrentLinkedQueue<>());
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        AtomicInteger n = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int i = n.getAndIncrement();
            if (i >= total) return;
            long due = start + i * periodNanos;
            for (int t = 0; t < targets.size(); t++) {
                int target = t;
                String body = SlackHarness.form(SlackHarness.slashCommand("/lärgrupp", "U" + (i % 20), "status", "bench-" + t + "-" + i + "-" + due));
                long ts = System.currentTimeMillis() / 1000;
                HttpRequest req = HttpRequest.newBuilder(targets.get(t))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                        .header("X-Slack-Signature", Signer.sign(SlackHarness.SECRET, ts, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                inFlight.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    if (e == null && r.statusCode() == 200) latencies.get(target).add((System.nanoTime() - due) / 1000);
                    else errors.incrementAndGet();
                }));
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (n.get() < total) Thread.sleep(50); // the benchmark's own pacing, not a test waiting for work
        ticker.shutdown();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (errors.get() > 0) System.out.println("errors: " + errors.get());
        List<List<Long>> out = new ArrayList<>();
        for (var q : latencies) {
            List<Long> sorted = new ArrayList<>(q);
            Collections.sort(sorted);
            out.add(sorted);
        }
        return out;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    private static void row(String name, List<Long> sorted) {
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, sorted.size(), pct(sorted, 50), pct(sorted, 99), pct(sorted, 100));
    }
}
