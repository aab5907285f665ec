package se.largrupp.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A local stand-in for Slack's Web API: answers every method with ok, and records each chat.postMessage. */
public final class SlackStandIn implements AutoCloseable {
    /** A posted message: the channel, the bot token it came with (which instance sent it) and the raw body. */
    public record Post(String channel, String token, String body) {}

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);

    public SlackStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestURI().getPath().replaceFirst("^/api/", "");
            String channel = "";
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
