package se.largrupp.slack.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in of Slack's Web API (and of response URLs) that answers like Slack and records every call.
 * Scripted answers (an {@code ok:false} error, a 429 with Retry-After) can be queued per method.
 */
public final class SlackStandIn implements AutoCloseable {
    public record Call(String method, Map<String, String> params, String body) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private record Scripted(int status, String body, String retryAfter) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    private final Map<String, String> displayNames = new ConcurrentHashMap<>();
    private final Map<String, String> emails = new ConcurrentHashMap<>();
    private final Set<String> takenNames = ConcurrentHashMap.newKeySet();
    /** The private channels the bot created, by name: Slack refuses a second with the same name. */
    private final Map<String, String> botChannels = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger rotations = new AtomicInteger();
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/none";
    /** Workspace members by e-mail: user id and name, for {@code users.lookupByEmail}. */
    private final Map<String, String[]> members = new ConcurrentHashMap<>();
    /** The workspace's profile fields ({@code team.profile.get}: a JSON array) and each user's values. */
    private volatile String profileFields = "[]";
    private final Map<String, Map<String, String>> profiles = new ConcurrentHashMap<>();
    /** Files to download at {@code /files/<name>}, with the bot token only. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public SlackStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.createContext("/upload/", this::upload);
        server.createContext("/files/", this::file);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** A member of the workspace with an e-mail address, found by {@code users.lookupByEmail}. */
    public void member(String email, String userId, String name) {
        members.put(email.toLowerCase(java.util.Locale.ROOT), new String[] {userId, name});
    }

    /** The workspace's custom profile fields, as {@code team.profile.get} lists them (a JSON array). */
    public void profileFields(String jsonArray) {
        profileFields = jsonArray;
    }

    /** A user's profile field values by field id, for {@code users.profile.get}. */
    public void profile(String user, Map<String, String> values) {
        profiles.put(user, Map.copyOf(values));
    }

    /** A shared file's {@code url_private_download}: it answers only with the bot token, as Slack's does. */
    public String file(String name, byte[] content) {
        files.put(name, content.clone());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + name;
    }

    private void file(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring("/files/".length());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        calls.add(new Call("file_download", Map.of("path", name, "_token", auth == null ? "" : auth.replaceFirst("^Bearer ", "")), ""));
        byte[] content = files.get(name);
        if (content == null || !"Bearer xoxb-test".equals(auth)) {
            ex.sendResponseHeaders(content == null ? 404 : 403, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/csv");
        ex.sendResponseHeaders(200, content.length);
        ex.getResponseBody().write(content);
        ex.close();
    }

    public void locale(String user, String locale) {
        locales.put(user, locale);
    }

    /** The profile's display name {@code users.info} gives for a user (letters only; it is not JSON-escaped). */
    public void email(String user, String address) {
        emails.put(user, address);
    }

    public void displayName(String user, String name) {
        displayNames.put(user, name);
    }

    /** Where {@code apps.connections.open} sends a Socket Mode client. */
    public void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    public void nameTaken(String name) {
        takenNames.add(name);
    }

    public void failNext(String method, String error) {
        queue(method, new Scripted(200, "{\"ok\":false,\"error\":\"" + error + "\"}", null));
    }

    public void rateLimitNext(String method, int retryAfterSeconds) {
        queue(method, new Scripted(429, "{\"ok\":false,\"error\":\"ratelimited\"}", String.valueOf(retryAfterSeconds)));
    }

    private void queue(String method, Scripted s) {
        scripted.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>()).add(s);
    }

    /** Every recorded call, except Bolt's own auth.test. */
    public List<Call> calls() {
        return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public void clear() {
        calls.clear();
    }

    /** Polls for an asynchronous effect with a bounded deadline. */
    public List<Call> await(String method, int count) {
        return await(c -> c.method().equals(method), count);
    }

    public List<Call> await(Predicate<Call> which, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> found = calls.stream().filter(which).toList();
            if (found.size() >= count) return found;
            Thread.onSpinWait();
            try {
                Thread.sleep(5); // polling an HTTP side effect, not waiting for scheduled work
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("expected " + count + " calls, got " + calls.stream().filter(which).toList());
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new LinkedHashMap<>(form(body));
        // Which token was used matters (bot token vs Socket Mode app token); record it as a pseudo-parameter.
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null) params.put("_token", auth.replaceFirst("^Bearer ", ""));
        calls.add(new Call(method, params, body));
        Deque<Scripted> queue = scripted.get(method);
        Scripted s = queue == null ? null : queue.poll();
        if (s != null) {
            if (s.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", s.retryAfter());
            send(ex, s.status(), s.body());
            return;
        }
        send(ex, 200, answer(method, params));
    }

    /**
     * How {@code oauth.v2.access} answers the OAuth codes of the tests: {@code code-T2} installs workspace T2 (bot
     * token {@code xoxb-T2-…}, installed by {@code UT2ADMIN}), {@code org-E1} installs organisation E1 organisation-wide,
     * {@code rotating-T3} installs T3 with a token that expires at once; a refresh token gets a new pair. Other codes
     * are refused ({@code invalid_code}), and each code works once, as at Slack.
     */
    private String oauthAccess(Map<String, String> p) {
        if ("refresh_token".equals(p.get("grant_type"))) {
            String refresh = p.getOrDefault("refresh_token", "");
            if (!refresh.startsWith("xoxe-1-")) return "{\"ok\":false,\"error\":\"invalid_refresh_token\"}";
            String team = refresh.substring("xoxe-1-".length()).replaceAll("-.*", "");
            int round = rotations.incrementAndGet();
            return "{\"ok\":true,\"access_token\":\"xoxb-" + team + "-rotated" + round + "\",\"refresh_token\":\"xoxe-1-" + team
                    + "-next" + round + "\",\"expires_in\":43200,\"token_type\":\"bot\",\"team\":{\"id\":\"" + team + "\"}}";
        }
        String code = p.getOrDefault("code", "");
        if (!usedCodes.add(code)) return "{\"ok\":false,\"error\":\"invalid_code\"}";
        if (code.startsWith("code-")) {
            String team = code.substring(5);
            return "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"U" + team + "ADMIN\"},\"scope\":\"commands,chat:write\","
                    + "\"token_type\":\"bot\",\"access_token\":\"xoxb-" + team + "-secret\",\"bot_user_id\":\"UBOT\","
                    + "\"team\":{\"id\":\"" + team + "\",\"name\":\"Team " + team + "\"},\"enterprise\":null,\"is_enterprise_install\":false}";
        }
        if (code.startsWith("rotating-")) {
            String team = code.substring(9);
            return "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"U" + team + "ADMIN\"},\"scope\":\"commands,chat:write\","
                    + "\"token_type\":\"bot\",\"access_token\":\"xoxb-" + team + "-first\",\"bot_user_id\":\"UBOT\","
                    + "\"refresh_token\":\"xoxe-1-" + team + "-first\",\"expires_in\":1,"
                    + "\"team\":{\"id\":\"" + team + "\",\"name\":\"Team " + team + "\"},\"enterprise\":null,\"is_enterprise_install\":false}";
        }
        if (code.startsWith("org-")) {
            String enterprise = code.substring(4);
            return "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"W" + enterprise + "ADMIN\"},\"scope\":\"commands,chat:write\","
                    + "\"token_type\":\"bot\",\"access_token\":\"xoxb-" + enterprise + "-org\",\"bot_user_id\":\"UBOT\","
                    + "\"team\":null,\"enterprise\":{\"id\":\"" + enterprise + "\",\"name\":\"Org\"},\"is_enterprise_install\":true}";
        }
        return "{\"ok\":false,\"error\":\"invalid_code\"}";
    }

    /** auth.test for the token used: the team in a {@code xoxb-<team>-…} token, else T1 (the configured token's). */
    private static String authTest(Map<String, String> p) {
        String token = p.getOrDefault("_token", "");
        String id = token.startsWith("xoxb-") && token.indexOf('-', 5) > 5 ? token.substring(5, token.indexOf('-', 5)) : "T1";
        if (id.startsWith("E")) {
            return "{\"ok\":true,\"url\":\"https://org.enterprise.slack.com/\",\"team\":\"Org\",\"user\":\"largrupp\","
                    + "\"team_id\":\"" + id + "\",\"enterprise_id\":\"" + id + "\",\"is_enterprise_install\":true,"
                    + "\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
        }
        if (!id.startsWith("T")) id = "T1";
        return "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"largrupp\","
                + "\"team_id\":\"" + id + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
    }

    private String answer(String method, Map<String, String> p) {
        int n = ids.incrementAndGet();
        return switch (method) {
            case "auth.test" -> authTest(p);
            case "oauth.v2.access" -> oauthAccess(p);
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\""
                    + (p.containsKey("ts") ? p.get("ts") : "1700000000." + String.format("%06d", n)) + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000." + String.format("%06d", n) + "\"}";
            case "views.open", "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V" + n + "\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + p.get("user") + "\",\"name\":\"u\",\"real_name\":\"Ledare "
                    + p.get("user") + "\",\"profile\":{\"email\":\"" + emails.getOrDefault(p.get("user"), "")
                    + "\",\"display_name\":\"" + displayNames.getOrDefault(p.get("user"), "")
                    + "\"},\"locale\":\"" + locales.getOrDefault(p.get("user"), "sv-SE") + "\"}}";
            case "conversations.create" -> takenNames.contains(p.get("name")) || botChannels.containsKey(p.get("name"))
                    ? "{\"ok\":false,\"error\":\"name_taken\"}"
                    : created(p.get("name"), "G" + n);
            case "users.conversations" -> "{\"ok\":true,\"channels\":[" + botChannels.entrySet().stream()
                    .map(e -> "{\"id\":\"" + e.getValue() + "\",\"name\":\"" + e.getKey() + "\",\"is_private\":true}")
                    .collect(java.util.stream.Collectors.joining(",")) + "],\"response_metadata\":{\"next_cursor\":\"\"}}";
            case "conversations.invite" -> "{\"ok\":true,\"channel\":{\"id\":\"" + p.get("channel") + "\"}}";
            case "conversations.archive" -> "{\"ok\":true}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + p.get("users") + "\"}}";
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort()
                    + "/upload/F" + n + "\",\"file_id\":\"F" + n + "\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F1\"}]}";
            case "users.lookupByEmail" -> {
                String[] m = members.get(String.valueOf(p.get("email")).toLowerCase(java.util.Locale.ROOT));
                yield m == null ? "{\"ok\":false,\"error\":\"users_not_found\"}" : "{\"ok\":true,\"user\":{\"id\":\"" + m[0]
                        + "\",\"name\":\"u\",\"real_name\":\"" + m[1] + "\",\"deleted\":false,\"is_bot\":false,\"profile\":{\"email\":\""
                        + p.get("email") + "\",\"display_name\":\"\"}}}";
            }
            case "team.profile.get" -> "{\"ok\":true,\"profile\":{\"fields\":" + profileFields + "}}";
            case "users.profile.get" -> "{\"ok\":true,\"profile\":{\"real_name\":\"x\",\"fields\":{" + profiles.getOrDefault(p.get("user"), Map.of())
                    .entrySet().stream().map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"alt\":\"\"}")
                    .collect(java.util.stream.Collectors.joining(",")) + "}}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private String created(String name, String id) {
        botChannels.put(name, id);
        return "{\"ok\":true,\"channel\":{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"is_private\":true}}";
    }

    private void responseUrl(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call("response_url", Map.of("path", ex.getRequestURI().getPath()), body));
        send(ex, 200, "ok");
    }

    /** The bytes of a file upload to the URL {@code files.getUploadURLExternal} gave, recorded as method "upload". */
    private void upload(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call("upload", Map.of("path", ex.getRequestURI().getPath()), body));
        send(ex, 200, "OK - " + body.length());
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) return out;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    public static List<String> methods(List<Call> calls) {
        List<String> out = new ArrayList<>();
        for (Call c : calls) out.add(c.method());
        return out;
    }
}
