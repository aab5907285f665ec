package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.TeamAccessGrantedEvent;
import com.slack.api.model.event.TeamAccessRevokedEvent;
import java.util.List;
import java.util.Optional;
import se.largrupp.slack.installation.Lifecycle;

/**
 * Enterprise Grid: an organisation admin added workspaces to the organisation-wide install, or took them away. With
 * no distribution (one configured token), the events are only acknowledged.
 */
public final class TeamAccessListener {
    private TeamAccessListener() {}

    public static void register(App app, Optional<Lifecycle> lifecycle) {
        app.event(TeamAccessGrantedEvent.class, (EventsApiPayload<TeamAccessGrantedEvent> p, com.slack.api.bolt.context.builtin.EventContext ctx) -> {
            if (lifecycle.isPresent() && p.getEnterpriseId() != null) lifecycle.get().granted(p.getEnterpriseId(), teams(p.getEvent().getTeamIds()));
            return ctx.ack();
        });
        app.event(TeamAccessRevokedEvent.class, (EventsApiPayload<TeamAccessRevokedEvent> p, com.slack.api.bolt.context.builtin.EventContext ctx) -> {
            if (lifecycle.isPresent()) lifecycle.get().revoked(teams(p.getEvent().getTeamIds()));
            return ctx.ack();
        });
    }

    private static List<String> teams(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
