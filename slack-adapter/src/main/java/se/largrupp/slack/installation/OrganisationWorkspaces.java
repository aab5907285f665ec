package se.largrupp.slack.installation;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.largrupp.core.installations.Installations;

/**
 * Enterprise Grid: a request from a workspace of an organisation says which organisation it belongs to, which messages
 * sent later (by the outbox, a wake-up) need to find the organisation-wide token from the workspace alone. Each pair
 * is stored once per process.
 */
public final class OrganisationWorkspaces implements Middleware {
    private final Installations installations;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public OrganisationWorkspaces(Installations installations) {
        this.installations = installations;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Context ctx = req.getContext();
        String enterprise = ctx.getEnterpriseId();
        if (ctx.isEnterpriseInstall() && enterprise != null) {
            // With an organisation-wide token Bolt's context has no workspace: the payload names it.
            for (String team : NamedWorkspaces.in(req.getRequestBodyAsString()).teams()) {
                if (!team.equals(enterprise) && seen.add(enterprise + ":" + team)) installations.workspaceInOrganisation(enterprise, team);
            }
        }
        return chain.next(req);
    }
}
