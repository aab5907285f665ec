package se.largrupp.core.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A chat platform's posting API, as strict as Slack's {@code chat.postMessage}: one message per second per channel
 * and {@code workspacePerSecond} in any sliding second across the workspace; beyond either it answers 429 with a
 * whole-second {@code Retry-After}. It counts what it accepted and how often it saw the same idempotency key twice.
 */
final class RateLimitedGateway implements AutoCloseable {
    private static final long SECOND = 1_000_000_000L;

    private final int workspacePerSecond;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Long> lastPerChannel = new HashMap<>();
    private final ArrayDeque<Long> window = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private int accepted;
    private int duplicates;
    private int channelLimited;
    private int workspaceLimited;
    private long firstAccepted;
    private long lastAccepted;

    RateLimitedGateway(int workspacePerSecond) throws IOException {
        this.workspacePerSecond = workspacePerSecond;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/api/chat.postMessage", this::post);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/chat.postMessage");
    }

    private void post(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String channel = exchange.getRequestHeaders().getFirst("X-Channel");
        String key = exchange.getRequestHeaders().getFirst("X-Idempotency-Key");
        int status;
        String body;
        synchronized (this) {
            long now = System.nanoTime();
            while (!window.isEmpty() && now - window.peekFirst() >= SECOND) window.pollFirst();
            Long last = lastPerChannel.get(channel);
            if (last != null && now - last < SECOND) {
                channelLimited++;
                status = 429;
                body = retryAfter(last + SECOND - now);
            } else if (window.size() >= workspacePerSecond) {
                workspaceLimited++;
                status = 429;
                body = retryAfter(window.peekFirst() + SECOND - now);
            } else {
                lastPerChannel.put(channel, now);
                window.addLast(now);
                if (accepted++ == 0) firstAccepted = now;
                lastAccepted = now;
                if (!seen.add(key)) duplicates++;
                status = 200;
                body = "{\"ok\":true,\"ts\":\"" + accepted + "\"}";
            }
        }
        if (status == 429) exchange.getResponseHeaders().add("Retry-After", body);
        byte[] bytes = (status == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Whole seconds, rounded up, as Slack sends it. */
    private static String retryAfter(long nanos) {
        return String.valueOf(Math.max(1, (nanos + SECOND - 1) / SECOND));
    }

    synchronized int accepted() { return accepted; }
    synchronized int duplicates() { return duplicates; }
    synchronized int channelLimited() { return channelLimited; }
    synchronized int workspaceLimited() { return workspaceLimited; }
    synchronized double acceptingSeconds() { return (lastAccepted - firstAccepted) / 1e9; }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
