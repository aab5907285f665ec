package se.largrupp.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local stand-in of the Bot Connector (and of the Bot Framework's OpenID metadata, for auth tests): records every
 * call and answers like the connector does, unless a test queued another answer.
 */
public final class ConnectorStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Call(String method, String path, JsonNode body, String authorization) {
        public String line() { return method + " " + path; }
    }

    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer of(int status) { return new Answer(status, "{}", Map.of()); }
        public static Answer retryAfter(int status, int seconds) {
            return new Answer(status, "{\"error\":{\"code\":\"Throttled\"}}", Map.of("Retry-After", String.valueOf(seconds)));
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Answer> queued = new ArrayDeque<>();
    private final Map<String, Function<HttpExchange, String>> documents = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public ConnectorStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        // Its own threads: a held call must not keep the OpenID metadata (or a second call) from being served.
        server.setExecutor(threads);
        server.start();
    }

    /** From now on every connector call is recorded on arrival but answered only after {@link #release}: a slow connector. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** How many connector calls got their answer so far. */
    public int answered() {
        return answered.get();
    }

    /** The service URL to put into activities: the connector's regional prefix included, as Teams sends it. */
    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/emea/";
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves a fixed GET document (OpenID metadata, JWKS). */
    public void serve(String path, String json) {
        documents.put(path, ex -> json);
    }

    public synchronized void queue(Answer... answers) {
        queued.addAll(List.of(answers));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<String> lines() {
        return calls.stream().map(Call::line).toList();
    }

    public synchronized void clear() {
        calls.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if ("GET".equals(ex.getRequestMethod()) && documents.containsKey(path)) {
            respond(ex, 200, documents.get(path).apply(ex), Map.of());
            return;
        }
        byte[] bytes = ex.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        Answer answer;
        synchronized (this) {
            calls.add(new Call(ex.getRequestMethod(), path, body, ex.getRequestHeaders().getFirst("Authorization")));
            answer = queued.poll();
        }
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) throw new IOException("held for too long");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (answer != null) {
            respond(ex, answer.status(), answer.body(), answer.headers());
        } else if (path.endsWith("/v3/conversations")) {
            String id = body.path("isGroup").asBoolean() && body.has("channelData") && body.path("channelData").has("channel")
                    ? body.path("channelData").path("channel").path("id").asText() + ";messageid=" + (1000 + ids.incrementAndGet())
                    : "a:created-" + ids.incrementAndGet();
            respond(ex, 201, JSON.createObjectNode().put("id", id).put("activityId", "root-" + ids.get()).toString(), Map.of());
        } else {
            String id = "PUT".equals(ex.getRequestMethod()) ? path.substring(path.lastIndexOf('/') + 1) : "activity-" + ids.incrementAndGet();
            respond(ex, 200, JSON.createObjectNode().put("id", id).toString(), Map.of());
        }
        answered.incrementAndGet();
    }

    private static void respond(HttpExchange ex, int status, String body, Map<String, String> headers) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) ex.getResponseBody().write(out);
        ex.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
