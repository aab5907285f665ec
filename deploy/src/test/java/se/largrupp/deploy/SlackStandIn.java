package se.largrupp.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API: answers every method with ok, and records each chat.postMessage. The members
 * given to {@link #member} answer {@code users.lookupByEmail} and {@code users.list} (paged, {@code limit} per page);
 * every method call is counted.
 */
public final class SlackStandIn implements AutoCloseable {
    /** A posted message: the channel, the bot token it came with (which instance sent it) and the raw body. */
    public record Post(String channel, String token, String body) {}

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
    private final java.util.Map<String, String[]> members = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();

    public SlackStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestURI().getPath().replaceFirst("^/api/", "");
            String channel = "";
            calls.computeIfAbsent(method, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            if (method.equals("users.lookupByEmail") || method.equals("users.list")) {
                answer(exchange, method.equals("users.list") ? list(body) : lookup(field(body, "email")));
                return;
            }
            if (method.equals("chat.postMessage")) {
                channel = field(body, "channel");
                String auth = java.util.Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
                String token = auth.startsWith("Bearer ") ? auth.substring(7) : field(body, "token");
                posts.add(new Post(channel, token, body));
            }
            byte[] out = ("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\",\"channel\":\"" + channel
                    + "\",\"ts\":\"" + ts.incrementAndGet() / 1000 + "." + ts.get() % 1000 + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    /** A member of the workspace with an e-mail address. */
    public SlackStandIn member(String email, String userId, String name) {
        members.put(email.toLowerCase(java.util.Locale.ROOT), new String[] {userId, name});
        return this;
    }

    public int calls(String method) {
        java.util.concurrent.atomic.AtomicInteger n = calls.get(method);
        return n == null ? 0 : n.get();
    }

    private String lookup(String email) {
        String[] m = members.get(email.toLowerCase(java.util.Locale.ROOT));
        return m == null ? "{\"ok\":false,\"error\":\"users_not_found\"}" : "{\"ok\":true,\"user\":" + user(email, m) + "}";
    }

    private String list(String body) {
        int limit = field(body, "limit").isEmpty() ? 200 : Integer.parseInt(field(body, "limit"));
        int from = field(body, "cursor").isEmpty() ? 0 : Integer.parseInt(field(body, "cursor"));
        List<java.util.Map.Entry<String, String[]>> all = List.copyOf(members.entrySet());
        StringBuilder s = new StringBuilder("{\"ok\":true,\"members\":[");
        for (int i = from; i < Math.min(all.size(), from + limit); i++) {
            if (i > from) s.append(',');
            s.append(user(all.get(i).getKey(), all.get(i).getValue()));
        }
        String next = from + limit < all.size() ? String.valueOf(from + limit) : "";
        return s.append("],\"response_metadata\":{\"next_cursor\":\"").append(next).append("\"}}").toString();
    }

    private static String user(String email, String[] m) {
        return "{\"id\":\"" + m[0] + "\",\"name\":\"" + m[0].toLowerCase(java.util.Locale.ROOT) + "\",\"real_name\":\"" + m[1]
                + "\",\"deleted\":false,\"is_bot\":false,\"profile\":{\"email\":\"" + email + "\",\"real_name\":\"" + m[1]
                + "\",\"display_name\":\"\"}}";
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    public long postsTo(String channel) {
        return posts.stream().filter(p -> p.channel().equals(channel)).count();
    }

    // Bolt's client sends form fields; a JSON body is searched for the field too.
    private static String field(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
