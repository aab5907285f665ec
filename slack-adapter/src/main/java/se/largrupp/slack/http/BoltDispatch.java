package se.largrupp.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a verified, well-formed body to Bolt: its parser builds the typed request, the app routes it through its
 * middleware to a listener. A body that passed {@link PayloadShape} can still break Bolt's typed reading (a number
 * where Slack writes a string, a field a listener needs that is absent); that is the sender's fault, not a server
 * error, and comes back as {@link Outcome.Malformed}.
 */
public final class BoltDispatch {
    public sealed interface Outcome {
        record Answered(Response response) implements Outcome {}

        record Malformed(String reason) implements Outcome {}

        /** Bolt could not reach Slack to authorise the request (auth.test): worth a retry. */
        record Unavailable(String reason) implements Outcome {}
    }

    private final App app;
    private final SlackRequestParser parser;

    public BoltDispatch(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    public Outcome run(HttpServletRequest http, String body) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(http.getRequestURI())
                    .queryString(QueryStringParser.toMap(http.getQueryString()))
                    .headers(new RequestHeaders(headers(http)))
                    .requestBody(body)
                    .remoteAddress(http.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            return new Outcome.Malformed("Bolt could not read the payload (" + e.getClass().getSimpleName() + ")");
        }
        if (request == null) return new Outcome.Malformed("Bolt recognised no Slack request in it");
        try {
            return new Outcome.Answered(app.run(request));
        } catch (RuntimeException e) {
            return new Outcome.Malformed("a listener could not read the payload (" + e.getClass().getSimpleName()
                    + where(e) + ")");
        } catch (Exception e) {
            return new Outcome.Unavailable(e.getClass().getSimpleName());
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest http) {
        Map<String, List<String>> out = new HashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) out.put(name, Collections.list(http.getHeaders(name)));
        return out;
    }

    /** Where it broke, so a fault of ours can be found without the payload in the log. */
    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
    }
}
