package se.largrupp.deploy.calendar;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.largrupp.core.meetings.calendar.CalendarFeeds;

/**
 * {@code GET|HEAD /calendar/<token>.ics}: a leader's calendar feed, {@code text/calendar; charset=utf-8}, with an
 * ETag for the conditional requests calendar apps poll with ({@code If-None-Match} → 304). An unknown or revoked token
 * gets a bare 404; more than {@value #PER_WINDOW} requests for one token in ten minutes a 429 with {@code Retry-After}.
 */
public final class CalendarFeedServlet extends HttpServlet {
    static final int PER_WINDOW = 30;
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{1,100})\\.ics");
    private final transient CalendarFeeds feeds;
    private final transient FeedRequests requests;

    public CalendarFeedServlet(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.requests = new FeedRequests(PER_WINDOW, Duration.ofMinutes(10), clock);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean withBody) throws IOException {
        resp.setHeader("Cache-Control", "private, max-age=300");
        Matcher m = PATH.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        if (!m.matches()) {
            notFound(resp);
            return;
        }
        String token = m.group(1);
        Optional<Duration> wait = requests.take(token);
        if (wait.isPresent()) {
            resp.setStatus(429);
            resp.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            return;
        }
        Optional<CalendarFeeds.Feed> feed = feeds.feed(token);
        if (feed.isEmpty()) {
            notFound(resp);
            return;
        }
        resp.setHeader("ETag", feed.get().etag());
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(feed.get().lastModified().atOffset(ZoneOffset.UTC)));
        if (matches(req.getHeader("If-None-Match"), feed.get().etag())) {
            resp.setStatus(304);
            return;
        }
        byte[] body = feed.get().body().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/calendar; charset=utf-8");
        resp.setHeader("Content-Disposition", "inline; filename=\"largrupp.ics\"");
        resp.setContentLength(body.length);
        if (withBody) resp.getOutputStream().write(body);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }

    private static void notFound(HttpServletResponse resp) {
        resp.setStatus(404);
        resp.setContentLength(0);
    }
}
