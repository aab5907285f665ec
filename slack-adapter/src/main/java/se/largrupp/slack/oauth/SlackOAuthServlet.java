package se.largrupp.slack.oauth;

import com.slack.api.bolt.App;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.http.BoltDispatch;
import se.largrupp.slack.http.BoltResponses;
import se.largrupp.slack.installation.StoredOAuthStates;

/**
 * {@code GET /slack/install}: the "Add to Slack" page, with a fresh state in the database and in a
 * {@code Secure; HttpOnly} cookie for ten minutes. {@code GET /slack/oauth_redirect}: where Slack sends the installer
 * back; Bolt checks the state, calls {@code oauth.v2.access} and stores the installation, {@link OAuthOutcomes}
 * answers.
 */
public final class SlackOAuthServlet extends HttpServlet {
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    private final transient App app;
    private final transient StoredOAuthStates states;
    private final transient InstallPages pages;
    private final transient BoltDispatch bolt;

    public SlackOAuthServlet(App app, StoredOAuthStates states, InstallPages pages) {
        this.app = app;
        this.states = states;
        this.pages = pages;
        this.bolt = new BoltDispatch(app);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (req.getRequestURI().endsWith(REDIRECT_PATH)) {
            BoltDispatch.Outcome outcome = bolt.run(req, "");
            if (outcome instanceof BoltDispatch.Outcome.Answered a) {
                BoltResponses.write(resp, a.response());
            } else {
                page(resp, 400, pages.failed(language(req), InstallPages.Failure.STATE, INSTALL_PATH));
            }
            return;
        }
        String state = states.generateNewStateValue();
        try {
            states.addNewStateToDatastore(state);
        } catch (RuntimeException e) {
            page(resp, 503, pages.failed(language(req), InstallPages.Failure.SLACK, INSTALL_PATH));
            return;
        }
        // Lax, not Strict: the cookie must come along when Slack's page sends the browser back here.
        resp.addHeader("Set-Cookie", StoredOAuthStates.COOKIE + "=" + state + "; Secure; HttpOnly; SameSite=Lax; Path=/slack; Max-Age="
                + states.getExpirationInSeconds());
        page(resp, 200, pages.install(language(req), app.buildAuthorizeUrl(state)));
    }

    private static Language language(HttpServletRequest req) {
        return InstallPages.language(req.getHeader("Accept-Language"));
    }

    private static void page(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
