package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.installation.Lifecycle;

/**
 * The app was removed from the workspace. With one configured token, every delivery is refused by Slack from now on
 * ({@code invalid_auth}) and the outbox parks it; the operator hears of it here. In the OAuth mode the installation is
 * deleted at once and the workspace's data purged after the grace period.
 */
public final class AppUninstalledListener implements BoltEventHandler<AppUninstalledEvent> {
    private static final Logger log = LoggerFactory.getLogger(AppUninstalledListener.class);
    private final Optional<Lifecycle> lifecycle;

    public AppUninstalledListener(Optional<Lifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Response apply(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        if (lifecycle.isEmpty()) {
            log.warn("Lärgrupp was uninstalled from Slack workspace {}; messages to it will be parked", payload.getTeamId());
        } else {
            lifecycle.get().removed(Optional.ofNullable(payload.getEnterpriseId()), Optional.ofNullable(payload.getTeamId()),
                    enterpriseInstall(payload));
        }
        return ctx.ack();
    }

    static boolean enterpriseInstall(EventsApiPayload<?> payload) {
        if (payload.getAuthorizations() == null) return false;
        return payload.getAuthorizations().stream().map(Authorization::getIsEnterpriseInstall).anyMatch(Boolean.TRUE::equals);
    }
}
