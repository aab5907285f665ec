package se.largrupp.slack.installation;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.installations.Installations;
import se.largrupp.slack.listeners.unused.Ignored;

/**
 * The OAuth mode's guard, as {@link InstalledWorkspaceOnly} is the single workspace's: a payload that names a
 * workspace without an installation of its own or of its organisation (a Slack Connect guest from elsewhere) is
 * acknowledged and nothing is done, so no programme starts in a workspace that never installed the app.
 */
public final class InstalledWorkspacesOnly implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(InstalledWorkspacesOnly.class);
    private final Installations installations;

    public InstalledWorkspacesOnly(Installations installations) {
        this.installations = installations;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        NamedWorkspaces named = NamedWorkspaces.in(req.getRequestBodyAsString());
        Optional<String> enterprise = Optional.ofNullable(req.getContext().getEnterpriseId());
        for (String team : named.teams()) {
            if (enterprise.filter(team::equals).isPresent()) continue; // an org-wide install names the org as its team
            if (installations.forWorkspace(enterprise, team).isEmpty()) {
                log.info("refused a Slack {} request naming a workspace without an installation", req.getRequestType());
                return Ignored.nothing(req.getRequestType());
            }
        }
        return chain.next(req);
    }
}
