package se.largrupp.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: the SDK's adapter validates the Bot Framework JWT (whenever an app id is set) and runs
 * the turn. Without an app id the endpoint is off (503, saying why) unless dev mode was switched on explicitly, and
 * then every request is logged as unauthenticated. A refused token is 401 and the turn never runs; other methods
 * than POST are 405.
 */
final class TeamsServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(TeamsServlet.class);
    static final String OFF_BODY = "The Teams endpoint is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD "
            + "(or, for local tests against a stand-in only, TEAMS_DEV_MODE=true).\n";

    /** Teams activities are a few kB; a card submit with long text stays far below this. */
    static final int MAX_BODY = 256 * 1024;
    /** How much of a too-large body is read and dropped before the 413, so the client sees it. */
    static final int MAX_DISCARD = 4 * 1024 * 1024;

    private final transient BotFrameworkHttpAdapter adapter;
    private final transient TeamsTurns turns;
    private final TeamsSettings.Mode mode;
    private final java.util.Optional<String> tenant;

    /** @param tenant a single-tenant bot's tenant: activities of every other tenant are refused */
    TeamsServlet(BotFrameworkHttpAdapter adapter, TeamsTurns turns, TeamsSettings.Mode mode, java.util.Optional<String> tenant) {
        this.adapter = adapter;
        this.turns = turns;
        this.mode = mode;
        this.tenant = tenant;
    }

    /** The endpoint when Teams is not configured: every POST is 503 with the reason. */
    static TeamsServlet off() {
        return new TeamsServlet(null, null, TeamsSettings.Mode.OFF, java.util.Optional.empty());
    }

    /** Teams only ever POSTs; anything else (GET, HEAD, TRACE …) is 405 in every mode, with nothing run. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("POST".equals(request.getMethod())) {
            doPost(request, response);
            return;
        }
        response.setHeader("Allow", "POST");
        plain(response, 405, "only POST: this is the Bot Framework messaging endpoint\n");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (mode == TeamsSettings.Mode.OFF) {
            plain(response, 503, OFF_BODY);
            return;
        }
        if (mode == TeamsSettings.Mode.DEV_UNAUTHENTICATED) {
            log.warn("TEAMS_DEV_MODE: accepting a Teams request WITHOUT authentication (never do this in production)");
        }
        Activity activity;
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            plain(response, 400, "the request body could not be read\n");
            return;
        }
        if (body.length > MAX_BODY) {
            discardRest(request);
            plain(response, 413, "activity too large\n");
            return;
        }
        try {
            activity = ActivityReader.read(body);
        } catch (ActivityReader.Unreadable e) {
            // Why, never what: the reason names the exception type and the field, not the body's content.
            log.warn("refused a Teams request that is not an activity: {}", e.getMessage());
            plain(response, 400, "not a Bot Framework activity\n");
            return;
        }
        if (mode == TeamsSettings.Mode.DEV_UNAUTHENTICATED && !TeamsSettings.isLoopback(activity.getServiceUrl())) {
            // Unauthenticated, the bot must never be made to post (or remember a tenant's service URL) elsewhere.
            log.warn("TEAMS_DEV_MODE: refused an activity whose serviceUrl is not a loopback address");
            plain(response, 403, "in dev mode only a loopback serviceUrl (127.0.0.1, ::1, localhost) is accepted\n");
            return;
        }
        if (tenant.isPresent() && !tenant.get().equalsIgnoreCase(String.valueOf(Turn.tenantOf(activity)))) {
            // A single-tenant bot serves its own tenant only: the token may be the channel's, the people are not ours.
            log.warn("refused a Teams activity from a tenant other than MICROSOFT_APP_TENANT_ID");
            plain(response, 401, "unauthorized\n");
            return;
        }
        String auth = request.getHeader("Authorization");
        try {
            InvokeResponse invoke = adapter.processIncomingActivity(auth == null ? "" : auth, activity, turns)
                    .get(60, TimeUnit.SECONDS);
            if (invoke != null) {
                response.setStatus(invoke.getStatus());
                if (invoke.getBody() != null) {
                    response.setContentType("application/json");
                    response.getOutputStream().write(Serialization.toString(invoke.getBody()).getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            response.setStatus(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            plain(response, 503, "interrupted\n");
        } catch (TimeoutException e) {
            plain(response, 503, "busy\n");
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = unwrap(e);
            if (isAuthFailure(cause)) {
                log.warn("refused a Teams request: {}", cause.getClass().getSimpleName());
                plain(response, 401, "unauthorized\n");
            } else {
                log.error("Teams activity {} failed", TeamsLog.safe(activity.getId()), cause);
                plain(response, 500, "error\n");
            }
        }
    }

    private static boolean isAuthFailure(Throwable t) {
        return t instanceof AuthenticationException || t instanceof JWTVerificationException
                || (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("auth"));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) t = t.getCause();
        // The SDK wraps the JWT library's refusal in its own exception.
        if (t instanceof AuthenticationException) return t;
        return t.getCause() instanceof AuthenticationException ? t.getCause() : t;
    }

    /**
     * Reads and drops what is left of a body that is refused for its size, in small chunks and at most
     * {@link #MAX_DISCARD} bytes, so a client still sending gets the 413 on a healthy connection instead of a reset
     * that loses the answer. A body declared larger than that is not read at all.
     */
    private static void discardRest(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_DISCARD) return;
        byte[] chunk = new byte[8192];
        try {
            var in = request.getInputStream();
            for (long seen = 0; seen <= MAX_DISCARD; ) {
                int n = in.read(chunk);
                if (n < 0) return;
                seen += n;
            }
        } catch (IOException e) {
            // the client gave up; the answer is all that is left to write
        }
    }

    private static void plain(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
