package se.largrupp.slack;

import com.slack.api.app_backend.SlackSignature.HeaderNames;
import com.slack.api.bolt.App;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.http.BoltDispatch;
import se.largrupp.slack.http.BoltResponses;
import se.largrupp.slack.http.BoundedBody;
import se.largrupp.slack.http.PayloadShape;
import se.largrupp.slack.http.RequestSignature;

/**
 * {@code POST /slack/events}, in this order: a fresh timestamp, the body read once and at most 1 MiB of it (413
 * beyond), the signature checked on its raw bytes, the body's shape, and only then Bolt. So nothing of an unauthenticated body is parsed or logged, a signed
 * but broken body gets 400 with one log line saying why (never its content), and every well-formed signed request
 * gets Bolt's answer, which for payloads the app does not use is an empty 200.
 */
public final class SlackEventsServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);
    private final transient RequestSignature signature;
    private final transient BoltDispatch bolt;

    public SlackEventsServlet(App app, String signingSecret, Clock clock) {
        this.signature = new RequestSignature(signingSecret, clock);
        this.bolt = new BoltDispatch(app);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String ts = req.getHeader(HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (!signature.fresh(ts)) {
            BoundedBody.discard(req, BoundedBody.LIMIT);
            unauthorized(resp);
            return;
        }
        Optional<byte[]> read = BoundedBody.read(req, BoundedBody.LIMIT);
        if (read.isEmpty()) {
            plain(resp, 413, "request too large\n");
            return;
        }
        byte[] body = read.get();
        if (!signature.matches(ts, body, req.getHeader(HeaderNames.X_SLACK_SIGNATURE))) {
            unauthorized(resp);
            return;
        }
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            malformed(resp, "a body that is not UTF-8");
            return;
        }
        PayloadShape shape = PayloadShape.of(text.get());
        if (shape instanceof PayloadShape.Malformed m) {
            malformed(resp, m.reason());
        } else if (shape instanceof PayloadShape.AckOnly a) {
            log.debug("acknowledged an unused Slack request: {}", a.kind());
            resp.setStatus(200);
        } else {
            answer(resp, bolt.run(req, text.get()));
        }
    }

    private static void answer(HttpServletResponse resp, BoltDispatch.Outcome outcome) throws IOException {
        if (outcome instanceof BoltDispatch.Outcome.Malformed m) {
            malformed(resp, m.reason());
        } else if (outcome instanceof BoltDispatch.Outcome.Unavailable u) {
            log.warn("could not authorise a Slack request now: {}", u.reason());
            plain(resp, 503, "try again later\n");
        } else {
            BoltResponses.write(resp, ((BoltDispatch.Outcome.Answered) outcome).response());
        }
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void malformed(HttpServletResponse resp, String reason) throws IOException {
        log.warn("refused a signed Slack request as malformed: {}", reason);
        plain(resp, 400, "malformed Slack request\n");
    }

    private static void unauthorized(HttpServletResponse resp) throws IOException {
        resp.setStatus(401);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write("{\"error\":\"invalid request\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void plain(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
