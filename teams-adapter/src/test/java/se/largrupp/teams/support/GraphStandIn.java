package se.largrupp.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in of the Microsoft identity platform and Microsoft Graph in one server, recording what it receives:
 * {@link #loginUrl()} for {@code GRAPH_LOGIN_URL} ({@code POST {tenant}/oauth2/v2.0/token}, client credentials) and
 * {@link #apiUrl()} for {@code GRAPH_API_URL}. It keeps the events organisers' calendars would hold ({@link GraphEvents}:
 * create, get, update, delete, cancel, weekly instances). Anything else answers 404 unless a test added a route with
 * {@link #on}; {@link #queue} makes the next Graph calls answer something else (a 429 with {@code Retry-After}).
 */
public final class GraphStandIn implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One Graph call: {@code path} without the API prefix ({@code /v1.0/users/…}), the query decoded. */
    public record Call(String method, String path, Map<String, String> query, String authorization, JsonNode body) {
        public String line() { return method + " " + path; }
    }

    /** One token request: the tenant in its path and the form it posted. */
    public record TokenRequest(String tenant, Map<String, String> form) {}

    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer of(int status, String json) { return new Answer(status, json, Map.of()); }
        public static Answer error(int status, String code) {
            return new Answer(status, JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", code)
                    .put("message", code)).toString(), Map.of());
        }
        public static Answer throttled(int seconds) {
            return new Answer(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}",
                    Map.of("Retry-After", String.valueOf(seconds)));
        }
    }

    private record Route(String method, Pattern path, Function<Call, Answer> answer) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Call> calls = new ArrayList<>();
    private final List<TokenRequest> tokenRequests = new ArrayList<>();
    private final Deque<Answer> queued = new ArrayDeque<>();
    private final List<Route> routes = new ArrayList<>();
    private final GraphEvents events = new GraphEvents();
    private int tokenSeconds = 3599;
    private Optional<Answer> tokenRefusal = Optional.empty();

    public GraphStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/login/", this::token);
        server.createContext("/graph/", this::graph);
        server.setExecutor(threads);
        server.start();
    }

    public URI loginUrl() { return URI.create(base() + "/login/"); }

    public URI apiUrl() { return URI.create(base() + "/graph/"); }

    public String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    /** The environment that points the server at this stand-in (tenant {@code tenant-1}, app {@code app-1}). */
    public Map<String, String> environment() {
        return Map.of("GRAPH_LOGIN_URL", loginUrl().toString(), "GRAPH_API_URL", apiUrl().toString(),
                "MICROSOFT_APP_TENANT_ID", "tenant-1", "MICROSOFT_APP_ID", "app-1", "MICROSOFT_APP_PASSWORD", "secret-1");
    }

    /** Tokens issued from now on last this long. */
    public synchronized void tokenLifetime(int seconds) { tokenSeconds = seconds; }

    /** Token requests answer this from now on (such as 401 invalid_client); empty: issue tokens again. */
    public synchronized void refuseTokens(Optional<Answer> answer) { tokenRefusal = answer; }

    /** The next Graph calls answer these, in order, before any route or event is looked at. */
    public synchronized void queue(Answer... answers) { queued.addAll(List.of(answers)); }

    /** Answers {@code method} on paths matching {@code pathRegex} (such as {@code /v1.0/users/[^/]+}). */
    public synchronized void on(String method, String pathRegex, Function<Call, Answer> answer) {
        routes.add(0, new Route(method, Pattern.compile(pathRegex), answer));
    }

    public synchronized List<Call> calls() { return List.copyOf(calls); }

    public synchronized List<String> lines() { return calls.stream().map(Call::line).toList(); }

    public synchronized List<TokenRequest> tokenRequests() { return List.copyOf(tokenRequests); }

    public synchronized void clear() { calls.clear(); tokenRequests.clear(); }

    /** The calendars the stand-in keeps. */
    public GraphEvents events() { return events; }

    private void token(HttpExchange ex) throws IOException {
        Matcher m = Pattern.compile("/login/([^/]+)/oauth2/v2\\.0/token").matcher(ex.getRequestURI().getRawPath());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(ex.getRequestMethod()) || !m.matches()) {
            respond(ex, Answer.error(404, "not_found"));
            return;
        }
        Map<String, String> form = decode(body);
        Answer answer;
        synchronized (this) {
            tokenRequests.add(new TokenRequest(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), form));
            answer = tokenRefusal.orElse(null);
            if (answer == null && !"client_credentials".equals(form.get("grant_type"))) answer = tokenError("unsupported_grant_type");
            if (answer == null && form.getOrDefault("client_secret", "").isEmpty()) answer = tokenError("invalid_client");
            if (answer == null) {
                answer = Answer.of(200, JSON.createObjectNode().put("token_type", "Bearer").put("expires_in", tokenSeconds)
                        .put("ext_expires_in", tokenSeconds).put("access_token", "token-" + tokenRequests.size()).toString());
            }
        }
        respond(ex, answer);
    }

    private static Answer tokenError(String code) {
        return Answer.of(400, JSON.createObjectNode().put("error", code).put("error_description", code).toString());
    }

    private void graph(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath().substring("/graph".length());
        byte[] bytes = ex.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        Call call = new Call(ex.getRequestMethod(), URLDecoder.decode(path, StandardCharsets.UTF_8),
                decode(Optional.ofNullable(ex.getRequestURI().getRawQuery()).orElse("")),
                ex.getRequestHeaders().getFirst("Authorization"), body);
        Answer answer;
        synchronized (this) {
            calls.add(call);
            answer = queued.poll();
            if (answer == null) {
                answer = routes.stream().filter(r -> r.method().equals(call.method()) && r.path().matcher(call.path()).matches())
                        .findFirst().map(r -> r.answer().apply(call)).orElse(null);
            }
        }
        if (answer == null) answer = events.answer(call).orElse(Answer.error(404, "ResourceNotFound"));
        respond(ex, answer);
    }

    static Map<String, String> decode(String form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void respond(HttpExchange ex, Answer answer) throws IOException {
        byte[] out = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (out.length > 0) ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) ex.getResponseBody().write(out);
        ex.close();
    }

    /** An object node to build answers with. */
    public static ObjectNode object() { return JSON.createObjectNode(); }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
