package se.largrupp.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Bolt's servlet for {@code POST /slack/events}, with two guards in front. Bolt checks the signature and rejects
 * timestamps more than 5 minutes old, but accepts any timestamp in the future; a replay window must close both ways.
 * And the body is read, and answers written, as UTF-8 whatever the container assumes, so Swedish text hashes as Slack
 * signed it and comes back intact.
 */
public final class SlackEventsServlet extends SlackAppServlet {
    static final Duration WINDOW = Duration.ofMinutes(5);
    private final transient Clock clock;

    public SlackEventsServlet(App app, Clock clock) {
        super(app);
        this.clock = clock;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if ("POST".equals(req.getMethod())) {
            String ts = req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
            if (ts == null || !withinWindow(ts)) {
                resp.setStatus(401);
                resp.setContentType("application/json; charset=utf-8");
                resp.getWriter().write("{\"error\":\"invalid request\"}");
                return;
            }
        }
        if (req.getCharacterEncoding() == null) req.setCharacterEncoding("UTF-8");
        // Bolt's plain-text answers (the url_verification challenge) carry no charset; never let them fall back to Latin-1.
        resp.setCharacterEncoding("UTF-8");
        super.service(req, resp);
    }

    private boolean withinWindow(String ts) {
        try {
            long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(ts.trim()));
            return skew <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
