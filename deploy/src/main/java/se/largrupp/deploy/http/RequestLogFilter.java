package se.largrupp.deploy.http;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one counter per HTTP request: adapter (from the path), status, duration. Never the body, the
 * query string or headers, which may hold message text and tokens. Probes and scrapes log at debug only.
 */
public final class RequestLogFilter implements Filter {
    private static final Logger log = LoggerFactory.getLogger("largrupp.request");
    private final MeterRegistry meters;

    public RequestLogFilter(MeterRegistry meters) {
        this.meters = meters;
    }

    public static String adapterOf(String path) {
        if (path.startsWith("/slack/")) return "slack";
        if (path.startsWith("/api/messages")) return "teams";
        if (path.startsWith("/sandbox/") || path.equals("/")) return "sandbox";
        if (path.equals("/healthz") || path.equals("/readyz") || path.equals("/metrics")) return "ops";
        if (path.startsWith("/calendar/")) return "calendar";
        return "other";
    }

    /** The path as logged: a calendar feed's secret token never reaches the log. */
    public static String loggedPath(String path) {
        return path.startsWith("/calendar/") ? "/calendar/…" : path;
    }

    public static String outcomeOf(int status) {
        if (status >= 500) return "server_error";
        if (status >= 400) return "client_error";
        return "ok";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long start = System.nanoTime();
        String adapter = adapterOf(req.getRequestURI());
        int status = 500;
        RequestTrace.takeCommand(); // a pooled thread starts clean
        try {
            chain.doFilter(request, response);
            status = resp.getStatus();
        } finally {
            long nanos = System.nanoTime() - start;
            String outcome = outcomeOf(status);
            meters.counter("largrupp.http.requests", "adapter", adapter, "outcome", outcome).increment();
            meters.timer("largrupp.http.request.duration", "adapter", adapter).record(nanos, TimeUnit.NANOSECONDS);
            var line = adapter.equals("ops") ? log.atDebug() : log.atInfo();
            line.setMessage("request")
                    .addKeyValue("adapter", adapter)
                    .addKeyValue("method", req.getMethod())
                    .addKeyValue("path", loggedPath(req.getRequestURI()))
                    .addKeyValue("command", RequestTrace.takeCommand().orElse("-"))
                    .addKeyValue("status", status)
                    .addKeyValue("outcome", outcome)
                    .addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMillis(nanos))
                    .log();
        }
    }
}
