package se.largrupp.slack.installation;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.listeners.unused.Ignored;

/**
 * Until multi-workspace installs exist, only the installed workspace is served: a payload naming another workspace
 * or organisation (a Slack Connect guest, another workspace of an Enterprise Grid) would otherwise create leaders in a
 * "workspace" nobody set up, and let a bare admin id be admin there. Such a payload is acknowledged (200, so Slack
 * does not retry) and nothing is done; the log says so without its content.
 */
public final class InstalledWorkspaceOnly implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(InstalledWorkspaceOnly.class);
    private final InstalledWorkspace installed;

    public InstalledWorkspaceOnly(InstalledWorkspace installed) {
        this.installed = installed;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        NamedWorkspaces named = NamedWorkspaces.in(req.getRequestBodyAsString());
        if (named.teams().isEmpty() && named.enterprises().isEmpty()) return chain.next(req);
        Optional<InstalledWorkspace.Ids> ids = installed.ids(req.getContext().getAuthTestResponse());
        // Unknown only when Slack cannot say which workspace the token is for; Bolt's own authorisation decides then.
        if (ids.isEmpty() || named.onlyOf(ids.get().team(), ids.get().enterprise())) return chain.next(req);
        log.info("refused a Slack {} request from a workspace other than the installed one", req.getRequestType());
        return Ignored.nothing(req.getRequestType());
    }
}
